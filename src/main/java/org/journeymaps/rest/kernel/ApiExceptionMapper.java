package org.journeymaps.rest.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.journeymaps.app.kernel.AuthenticationRequiredException;
import org.journeymaps.app.map.ChangesExpiredException;
import org.journeymaps.app.kernel.ConflictException;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.kernel.PermissionDeniedException;
import org.journeymaps.app.jira.JiraException;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.jira.JiraErrorCode;
import org.journeymaps.domain.kernel.LimitExceededException;
import org.journeymaps.rest.kernel.ElementDtos;
import org.journeymaps.rest.kernel.ErrorDto;
import org.journeymaps.rest.jira.JiraErrorDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every failure leaves the API in the one error shape, with a status that says what went wrong; never a trace. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionMapper.class);

    @Override
    public Response toResponse(Throwable thrown) {
        ErrorDto error = errorFor(thrown);
        Response.ResponseBuilder response = Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(error);
        if (error.jira() != null && error.jira().retryAfterSeconds() != null) {
            response.header("Retry-After", error.jira().retryAfterSeconds());
        }
        return response.build();
    }

    private ErrorDto errorFor(Throwable thrown) {
        // Jackson wraps what fails while it reads, e.g. a chunked body passing the size limit: our own failure
        // anywhere in the chain says more than its JSON wrapper, so it is looked for first.
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            ErrorDto known = known(cause);
            if (known != null) {
                return known;
            }
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return badJson(json);
            }
        }
        if (thrown instanceof WebApplicationException web) {
            return fromStatus(web.getResponse().getStatus());
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected failure, reference {}", reference, thrown);
        return ErrorDto.of(500, "Something went wrong on the server (reference " + reference + ").");
    }

    private static ErrorDto known(Throwable e) {
        if (e instanceof InvalidFieldException invalid) {
            return ErrorDto.ofField(400, invalid.field(), invalid.getMessage());
        }
        if (e instanceof LimitExceededException limit) {
            return ErrorDto.ofField(413, limit.field(), limit.getMessage());
        }
        if (e instanceof RequestTooLargeException) {
            return ErrorDto.of(413, e.getMessage());
        }
        if (e instanceof ConflictException conflict) {
            return ErrorDto.conflict("Someone else changed this in the meantime; here is the current version.",
                    ElementDtos.of(conflict.current()));
        }
        if (e instanceof NotFoundException notFound) {
            return ErrorDto.of(404, notFound.getMessage());
        }
        if (e instanceof AuthenticationRequiredException) {
            return ErrorDto.of(401, "Sign in to do this.");
        }
        if (e instanceof PermissionDeniedException denied) {
            return ErrorDto.of(403, denied.getMessage());
        }
        if (e instanceof JiraException jira) {
            return ErrorDto.ofJira(jiraStatus(jira.error().code()), JiraErrorDto.of(jira.error()));
        }
        if (e instanceof ChangesExpiredException expired) {
            return ErrorDto.of(410, expired.getMessage() + "; reload the map.");
        }
        return null;
    }

    /** Jira's rate limit passes on as ours; a Jira that cannot be reached is "unavailable"; any other failure a bad gateway. */
    private static int jiraStatus(JiraErrorCode code) {
        return switch (code) {
            case RATE_LIMITED -> 429;
            case UNREACHABLE, TIMEOUT -> 503;
            default -> 502;
        };
    }

    private static ErrorDto badJson(JsonProcessingException json) {
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ErrorDto.ofField(400, field, field + " " + expectation(mapping));
        }
        if (json instanceof JsonMappingException) {
            // Well-formed JSON of the wrong kind, e.g. an array where an object is expected.
            return ErrorDto.ofField(400, "body", "body must be a JSON object");
        }
        return ErrorDto.of(400, "The request body is not valid JSON.");
    }

    private static String expectation(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        return "has the wrong type";
    }

    private static ErrorDto fromStatus(int status) {
        String message = switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers in JSON only.";
            case 415 -> "Send the request body as application/json.";
            default -> Response.Status.fromStatusCode(status) != null
                    ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Request failed.";
        };
        return ErrorDto.of(status, message);
    }
}
