package org.journeymaps.devhost.directory;

import com.atlassian.confluence.pages.DevHostPages;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.DevHostSpaces;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;
import com.atlassian.sal.api.user.UserKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Devhost's Confluence data: users, spaces, space permissions and pages (storage-format bodies), in
 * memory. Page ids are handed out in creation order from {@link #FIRST_PAGE_ID}, so seeding the same
 * pages in the same order gives the same ids on every start (the app's data refers to them).
 */
public final class DevDirectory {

    public static final long FIRST_PAGE_ID = 65_537L;
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Z0-9]{1,255}");

    private final Map<String, DevUser> users = new LinkedHashMap<>();
    private final Map<String, Space> spaces = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<SpacePermission>>> grants = new LinkedHashMap<>();
    private final Map<Long, Page> pages = new LinkedHashMap<>();
    private long nextPageId = FIRST_PAGE_ID;

    public synchronized DevUser addUser(String name, String fullName, String password, Locale locale,
                                        boolean siteAdmin) {
        requireText(name, "name");
        requireText(fullName, "fullName");
        requireText(password, "password");
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (users.containsKey(lowerName)) {
            throw new IllegalArgumentException("name: user '" + name + "' already exists");
        }
        DevUser user = new DevUser(lowerName, fullName, keyFor(lowerName), password, locale, siteAdmin);
        users.put(lowerName, user);
        return user;
    }

    public synchronized Optional<DevUser> user(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(users.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every user, in the order they were added. */
    public synchronized List<DevUser> users() {
        return List.copyOf(users.values());
    }

    /** The user with these credentials, if any. */
    public Optional<DevUser> authenticate(String name, String password) {
        return user(name).filter(user -> password != null && user.passwordMatches(password));
    }

    public synchronized Space addSpace(String key, String name) {
        if (key == null || !SPACE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("key: a space key is upper-case letters and digits, got '" + key + "'");
        }
        requireText(name, "name");
        if (spaces.containsKey(key)) {
            throw new IllegalArgumentException("key: space '" + key + "' already exists");
        }
        Space space = DevHostSpaces.newSpace(key, name);
        spaces.put(key, space);
        grants.put(key, new LinkedHashMap<>());
        return space;
    }

    public synchronized Optional<Space> space(String key) {
        return Optional.ofNullable(key == null ? null : spaces.get(key));
    }

    public synchronized List<Space> spaces() {
        return List.copyOf(spaces.values());
    }

    public synchronized void grant(String spaceKey, String userName, SpacePermission... permissions) {
        existingSpace(spaceKey);
        DevUser user = user(userName).orElseThrow(
                () -> new IllegalArgumentException("userName: no user '" + userName + "'"));
        grants.get(spaceKey).computeIfAbsent(user.getName(), n -> EnumSet.noneOf(SpacePermission.class))
                .addAll(List.of(permissions));
    }

    /** Whether the user (null = anonymous) holds the permission in the space; site admins hold all. */
    public synchronized boolean hasSpacePermission(User user, Space space, SpacePermission permission) {
        // Devhost hands the app only its own users; any other User is unknown here.
        Optional<DevUser> known = user instanceof DevUser devUser ? user(devUser.getName()) : Optional.empty();
        if (known.isEmpty()) {
            return false;
        }
        if (known.get().siteAdmin()) {
            return true;
        }
        return grants.getOrDefault(DevHostSpaces.keyOf(space), Map.of())
                .getOrDefault(known.get().getName(), Set.of()).contains(permission);
    }

    public synchronized Page createPage(String spaceKey, String title, String storageBody) {
        Space space = existingSpace(spaceKey);
        requireText(title, "title");
        if (title.length() > 255) {
            throw new IllegalArgumentException("title: at most 255 characters");
        }
        if (page(spaceKey, title).isPresent()) {
            throw new IllegalArgumentException("title: space " + spaceKey + " already has a page '" + title + "'");
        }
        long id = nextPageId++;
        Page page = DevHostPages.newPage(id, title, space);
        page.setBodyAsString(storageBody);
        pages.put(id, page);
        return page;
    }

    public synchronized void updateBody(long pageId, String storageBody) {
        existingPage(pageId).setBodyAsString(storageBody);
    }

    /** Removes the page for good (Confluence's purge from the trash). */
    public synchronized void removePage(long pageId) {
        existingPage(pageId);
        pages.remove(pageId);
    }

    public synchronized Optional<Page> page(long id) {
        return Optional.ofNullable(pages.get(id));
    }

    public synchronized Optional<Page> page(String spaceKey, String title) {
        return pages.values().stream()
                .filter(p -> p.getSpaceKey().equals(spaceKey) && p.getTitle().equals(title)).findFirst();
    }

    public synchronized List<Page> pages(String spaceKey) {
        return new ArrayList<>(pages.values().stream().filter(p -> p.getSpaceKey().equals(spaceKey)).toList());
    }

    /** The page's body in storage format. */
    public synchronized String body(long pageId) {
        return existingPage(pageId).getBodyAsString();
    }

    private Page existingPage(long pageId) {
        Page page = pages.get(pageId);
        if (page == null) {
            throw new IllegalArgumentException("pageId: no page " + pageId);
        }
        return page;
    }

    private Space existingSpace(String spaceKey) {
        return space(spaceKey).orElseThrow(() -> new IllegalArgumentException("spaceKey: no space '" + spaceKey + "'"));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
    }

    /** Stable, opaque 32-hex-digit keys, like Confluence's, so the app cannot mistake a key for a name. */
    private static UserKey keyFor(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(("devhost-user:" + name).getBytes(StandardCharsets.UTF_8));
            return new UserKey(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
