package org.journeymaps.devhost.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The {@code DEVHOST_CLUSTER_LOCK} table, one row per lock name. A lock is held by the connection that has its
 * row locked ({@code SELECT … FOR UPDATE SKIP LOCKED}, the same on H2 and PostgreSQL: no row back means another
 * connection holds it, and no error, which connection pools may take for a broken connection) until that
 * connection's transaction ends; if the holder dies, the database ends the transaction and frees the lock, as
 * Beehive does.
 */
final class LockRows {
    static final String TABLE = "DEVHOST_CLUSTER_LOCK";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    /** Names whose row exists: rows are never deleted, so each is inserted once per service. */
    private final Set<String> existingRows = ConcurrentHashMap.newKeySet();

    LockRows(DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (LOCK_NAME VARCHAR(255) NOT NULL PRIMARY KEY)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the cluster lock table: " + e.getMessage(), e);
        }
    }

    /** A connection that now holds the row of {@code name}, or empty when another connection holds it. */
    Optional<Connection> tryTake(String name) throws SQLException {
        ensureRow(name);
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            boolean taken;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT LOCK_NAME FROM " + TABLE + " WHERE LOCK_NAME = ? FOR UPDATE SKIP LOCKED")) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    taken = row.next();
                }
            }
            if (taken) {
                return Optional.of(connection);
            }
            release(connection);
            return Optional.empty();
        } catch (SQLException e) {
            releaseAfter(e, connection);
            throw e;
        }
    }

    /** Ends the holder's transaction, which frees the row, and returns the connection to the pool. */
    void release(Connection holder) throws SQLException {
        try (holder) {
            holder.rollback();
            holder.setAutoCommit(true);
        }
    }

    private void releaseAfter(SQLException failure, Connection connection) {
        try {
            release(connection);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void ensureRow(String name) throws SQLException {
        if (existingRows.contains(name)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + TABLE + " (LOCK_NAME) VALUES (?)")) {
            insert.setString(1, name);
            insert.executeUpdate();
        } catch (SQLException e) {
            // Another node (or an earlier run) created the row first.
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
        existingRows.add(name);
    }
}
