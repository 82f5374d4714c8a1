package it.org.journeymaps.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/**
 * A page of a test class's own, seen by one user: its id, the {@link Api} of that user, and the maps that user makes
 * on it. Declare it beside the devhost, {@code static final TestPage page = devhost.page("History checks").as("alice");}:
 * the page is made on first use, once the devhost runs.
 */
public final class TestPage {

    private final RunningDevHost devhost;
    private final String spaceKey;
    private final String title;
    private final String userName;
    private Long id;
    private FreshMap map;

    private TestPage(RunningDevHost devhost, String spaceKey, String title, String userName) {
        this.devhost = devhost;
        this.spaceKey = spaceKey;
        this.title = title;
        this.userName = userName;
    }

    public synchronized long id() {
        if (id == null) {
            id = devhost.createPage(spaceKey, title);
        }
        return id;
    }

    /** The API as the user this page is seen by. */
    public Api user() {
        return devhost.as(userName);
    }

    /** The page's own {@link FreshMap}, titled like the page, made on first use and shared by the class's tests. */
    public synchronized FreshMap map() {
        if (map == null) {
            map = newMap(title);
        }
        return map;
    }

    /** A new {@link FreshMap} on this page. */
    public FreshMap newMap(String mapTitle) {
        return FreshMap.create(user(), id(), mapTitle);
    }

    /** A map made on this page from the template {@code templateId}. */
    public JsonNode mapFromTemplate(String templateId) {
        return createMap(Map.of("templateId", templateId));
    }

    /** {@code POST /maps} on this page with {@code fields} (the page id added); expects 201 and returns the map. */
    public JsonNode createMap(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("pageId", id());
        return user().post("/maps", body).expect(201).json();
    }

    /** The title and space of a page to be made; {@link #as(String)} names who sees it. */
    public record Request(RunningDevHost devhost, String title, String spaceKey) {

        public Request inSpace(String key) {
            return new Request(devhost, title, key);
        }

        /** The page as the demo user {@code name} (who must be allowed to edit it) sees it. */
        public TestPage as(String name) {
            return new TestPage(devhost, spaceKey, title, name);
        }
    }
}
