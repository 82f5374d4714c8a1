package org.journeymaps.devhost.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Devhost's {@link ActiveObjects}: one AO namespace over a JDBC {@link DataSource} (H2 or PostgreSQL), with
 * AO's table names, lazy entity proxies, {@code @Preload}, relations and transactions. Every SQL statement is
 * counted by {@link #statementCounter()}.
 */
public final class JdbcActiveObjects implements ActiveObjects {
    private final String namespace;
    private final EntityModels models;
    private final SqlStatementCounter counter = new SqlStatementCounter();
    private final SqlRunner sql;
    private final EntityStore store;
    private final SchemaMigrator migrator;

    /** @param namespace the {@code namespace} of the app's {@code <ao>} module; it fixes the table prefix */
    public JdbcActiveObjects(DataSource dataSource, String namespace) {
        this.namespace = namespace;
        this.models = new EntityModels(AoNames.tablePrefix(namespace));
        this.sql = new SqlRunner(new TransactionalConnections(dataSource), counter);
        this.store = new EntityStore(models, sql);
        this.migrator = new SchemaMigrator(models, sql, dialectOf(dataSource));
    }

    public String namespace() {
        return namespace;
    }

    /** The table of an entity, e.g. {@code AO_28BE2D_MY_OBJECT}. */
    public String tableName(Class<? extends RawEntity<?>> type) {
        return models.of(type).table();
    }

    public SqlStatementCounter statementCounter() {
        return counter;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        migrator.migrate(Arrays.asList(entities));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return store.finder().get(type, key);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return store.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return store.create(type, params.entrySet().stream()
                .map(entry -> new DBParam(entry.getKey(), entry.getValue()))
                .toArray(DBParam[]::new));
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return store.deleteWhere(type, criteria, parameters);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return store.finder().find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return store.finder().find(type, Query.select().where(criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return store.finder().count(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        store.finder().stream(type, query, callback);
    }

    /** Commits when the callback returns, rolls back on any exception; nested calls join the outer one. */
    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return sql.inTransaction(callback::doInTransaction);
    }

    SqlRunner sql() {
        return sql;
    }

    private static Dialect dialectOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Dialect.of(connection);
        } catch (SQLException e) {
            throw new DevhostAoException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
