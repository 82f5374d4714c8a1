package org.journeymaps.rest.kernel;

import org.journeymaps.rest.jira.JiraErrorDto;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The one error shape of the API; {@code current} is set on 409 only, with the element as it is now; {@code jira}
 * when a call to Jira failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDto(int status, String message, List<FieldErrorDto> errors, Object current, JiraErrorDto jira) {

    public static ErrorDto of(int status, String message) {
        return new ErrorDto(status, message, null, null, null);
    }

    public static ErrorDto ofField(int status, String field, String message) {
        return new ErrorDto(status, message, List.of(new FieldErrorDto(field, message)), null, null);
    }

    public static ErrorDto conflict(String message, Object current) {
        return new ErrorDto(409, message, null, current, null);
    }

    public static ErrorDto ofJira(int status, JiraErrorDto jira) {
        return new ErrorDto(status, jira.message(), null, null, jira);
    }

    /** One rejected field. */
    public record FieldErrorDto(String field, String message) {
    }
}
