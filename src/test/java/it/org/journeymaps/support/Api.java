package it.org.journeymaps.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Calls the app's REST API ({@code /rest/journeymaps/1.0}) as one user (HTTP Basic, password = name) or
 * anonymously. Mutations carry {@code X-Atlassian-Token: no-check} unless {@link #withoutXsrfToken()} says not to.
 * A body given as a {@code String} is sent as it is (JSON text, or deliberately not); any other object is written
 * as JSON.
 */
public final class Api {

    public static final String BASE_PATH = "/rest/journeymaps/1.0";
    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI site;
    private final String user;
    private final boolean xsrfToken;

    Api(URI site, String user, boolean xsrfToken) {
        this.site = site;
        this.user = user;
        this.xsrfToken = xsrfToken;
    }

    /** The API of the devhost at {@code site} as the demo user {@code name}; see {@link RunningDevHost#as}. */
    public static Api of(URI site, String name) {
        return new Api(site, name, true);
    }

    /** The same caller without the XSRF header, to see the request refused. */
    public Api withoutXsrfToken() {
        return new Api(site, user, false);
    }

    /** The map {@code mapId} as this caller reads it ({@code GET /maps/{id}}, expecting 200). */
    public JsonNode map(long mapId) {
        return get("/maps/" + mapId).expect(200).json();
    }

    public ApiResponse get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public ApiResponse post(String path, Object body) {
        return send("POST", path, "application/json", body);
    }

    public ApiResponse patch(String path, Object body) {
        return send("PATCH", path, "application/json", body);
    }

    public ApiResponse put(String path, Object body) {
        return send("PUT", path, "application/json", body);
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null, null);
    }

    /**
     * Any request under the API's base path; {@code contentType} and {@code body} may be null (no body), and
     * {@code headers} are name, value pairs.
     */
    public ApiResponse send(String method, String path, String contentType, Object body, String... headers) {
        return exchange(method, path, contentType, publisher(body), headers);
    }

    /** Sends {@code body} chunked, without announcing its length. */
    public ApiResponse sendChunked(String method, String path, String contentType, byte[] body) {
        return exchange(method, path, contentType, BodyPublishers.fromPublisher(BodyPublishers.ofByteArray(body)));
    }

    private ApiResponse exchange(String method, String path, String contentType, BodyPublisher body,
                                 String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site + BASE_PATH + path)).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (xsrfToken) {
            request.header("X-Atlassian-Token", "no-check");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        String described = (user == null ? "anonymous" : user) + " " + method + " " + path;
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(described, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(described + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(described + " was interrupted", e);
        }
    }

    private static BodyPublisher publisher(Object body) {
        if (body == null) {
            return BodyPublishers.noBody();
        }
        if (body instanceof byte[] bytes) {
            return BodyPublishers.ofByteArray(bytes);
        }
        if (body instanceof String text) {
            return BodyPublishers.ofString(text, StandardCharsets.UTF_8);
        }
        try {
            return BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("body: cannot be written as JSON", e);
        }
    }
}
