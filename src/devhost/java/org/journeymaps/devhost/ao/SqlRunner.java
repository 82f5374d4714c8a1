package org.journeymaps.devhost.ao;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every SQL statement of one Active Objects instance: binds parameters, counts the statement and turns
 * {@link SQLException} into the runtime {@link DevhostAoException}, as the AO plugin does with its own.
 */
final class SqlRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SqlRunner.class);

    /** Reads the current row of a result set. */
    @FunctionalInterface
    interface RowCallback {
        void onRow(ResultSet row) throws SQLException;
    }

    private final TransactionalConnections connections;
    private final SqlStatementCounter counter;

    SqlRunner(TransactionalConnections connections, SqlStatementCounter counter) {
        this.connections = connections;
        this.counter = counter;
    }

    void query(String sql, List<?> params, RowCallback callback) {
        run(sql, () -> connections.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                JdbcValues.bind(statement, params);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        callback.onRow(rows);
                    }
                }
            }
            return null;
        }));
    }

    int update(String sql, List<?> params) {
        return run(sql, () -> connections.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                JdbcValues.bind(statement, params);
                return statement.executeUpdate();
            }
        }));
    }

    /** Runs an INSERT and returns the value the database generated for {@code keyColumn}. */
    Object insertReturningKey(String sql, List<?> params, String keyColumn) {
        return run(sql, () -> connections.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {keyColumn})) {
                JdbcValues.bind(statement, params);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("The database returned no generated " + keyColumn);
                    }
                    return keys.getObject(1);
                }
            }
        }));
    }

    void execute(String ddl) {
        run(ddl, () -> connections.withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.execute(ddl);
            }
        }));
    }

    /** JDBC metadata look-ups: not SQL the app caused, so not counted. */
    <T> T metadata(TransactionalConnections.Work<T> work) {
        try {
            return connections.withConnection(work);
        } catch (SQLException e) {
            throw new DevhostAoException("Could not read the database schema: " + e.getMessage(), e);
        }
    }

    <T> T inTransaction(Supplier<T> work) {
        return connections.inTransaction(work);
    }

    private interface Execution<T> {
        T execute() throws SQLException;
    }

    private <T> T run(String sql, Execution<T> execution) {
        counter.increment();
        LOG.debug("{}", sql);
        try {
            return execution.execute();
        } catch (SQLException e) {
            throw new DevhostAoException("SQL failed: " + e.getMessage() + " [" + sql + "]", e);
        }
    }
}
