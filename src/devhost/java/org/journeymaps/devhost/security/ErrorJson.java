package org.journeymaps.devhost.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The app's REST error shape, {@code {"status":…,"message":"…"}}, for errors devhost itself answers. */
public final class ErrorJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ErrorJson() {
    }

    public static String body(int status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("message", message);
        try {
            return MAPPER.writeValueAsString(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of a number and a string is always JSON", e);
        }
    }

    public static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body(status, message));
    }

    /** Whether the request is for the REST API (so errors are JSON rather than pages). */
    public static boolean isRest(String pathInContext) {
        return pathInContext.startsWith("/rest/");
    }
}
