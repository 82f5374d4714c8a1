package it.org.journeymaps.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the API's one error shape: {@code {"status", "message", "errors"?: [{"field","message"}]}}. */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** The response is an error of that status in the error shape, with a message and no stack trace. */
    public static JsonNode assertError(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertNoStackTrace(response);
        JsonNode error = response.json();
        assertThat(error.path("status").asInt()).as(response.toString()).isEqualTo(status);
        assertThat(error.path("message").asText()).as(response.toString()).isNotBlank();
        return error;
    }

    /** As {@link #assertError(ApiResponse, int)}, and {@code errors} names {@code field}. */
    public static JsonNode assertFieldError(ApiResponse response, int status, String field) {
        JsonNode error = assertError(response, status);
        List<String> fields = new ArrayList<>();
        error.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).as(response.toString()).contains(field);
        return error;
    }

    public static void assertNoStackTrace(ApiResponse response) {
        assertThat(response.body()).as(response.toString())
                .doesNotContain("at org.", "at java.", "Exception", "\tat ");
    }
}
