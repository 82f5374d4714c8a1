package it.org.journeymaps.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** What the API answered: status, headers and body text ({@link #json()} parses it). */
public record ApiResponse(String request, int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        try {
            return Api.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError(request + " answered " + status + " with a body that is not JSON: " + body, e);
        }
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The response's id field, for responses that carry one element. */
    public long id() {
        return json().path("id").asLong();
    }

    /** Fails unless the status is {@code expected}, showing the request and body otherwise. */
    public ApiResponse expect(int expected) {
        if (status != expected) {
            throw new AssertionError(request + ": expected " + expected + " but got " + status + " " + body);
        }
        return this;
    }

    @Override
    public String toString() {
        return request + " -> " + status + " " + body;
    }
}
