package org.journeymaps.devhost.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.java.ao.schema.Table;

/** Active Objects' naming rules for tables, columns and the names derived from them. */
final class AoNames {
    /** Oracle's identifier limit, which AO enforces on every database. */
    static final int MAX_LENGTH = 30;
    /** Names the AO plugin's validator refuses for tables and columns. */
    static final Set<String> RESERVED = Set.of("BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP", "VARCHAR2");

    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z\\d])([A-Z])");
    private static final int HASH_LENGTH = 8;

    private AoNames() {
    }

    /** {@code AO_} + the last 6 hex digits of MD5(namespace), upper case, + {@code _}. */
    static String tablePrefix(String namespace) {
        String hex = md5Hex(namespace);
        return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
    }

    static String tableName(String prefix, Class<?> entityType) {
        Table table = entityType.getAnnotation(Table.class);
        return prefix + upperUnderscore(table != null ? table.value() : entityType.getSimpleName());
    }

    /** {@code someAttribute} and {@code SomeAttribute} → {@code SOME_ATTRIBUTE}; {@code MAP_ID} stays as it is. */
    static String upperUnderscore(String name) {
        return WORD_BOUNDARY.matcher(name).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
    }

    /** A generated name (index, constraint) kept within {@link #MAX_LENGTH} by a hash of the full name. */
    static String derivedName(String prefix, String table, String column) {
        String full = prefix + "_" + table + "_" + column;
        if (full.length() <= MAX_LENGTH) {
            return full;
        }
        String hash = md5Hex(full).substring(0, HASH_LENGTH).toUpperCase(Locale.ROOT);
        return full.substring(0, MAX_LENGTH - HASH_LENGTH - 1) + "_" + hash;
    }

    static String quote(String identifier) {
        return '"' + identifier + '"';
    }

    private static String md5Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
