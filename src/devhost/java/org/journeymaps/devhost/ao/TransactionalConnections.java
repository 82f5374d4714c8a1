package org.journeymaps.devhost.ao;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Hands out JDBC connections: the one bound to the thread inside {@link #inTransaction}, otherwise a pooled
 * auto-commit connection per unit of work. Nested transactions join the outer one; a failure inside them
 * dooms the whole transaction even if the outer code catches it.
 */
final class TransactionalConnections {

    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final class Transaction {
        private final Connection connection;
        private boolean rollbackOnly;

        private Transaction(Connection connection) {
            this.connection = connection;
        }
    }

    private final DataSource dataSource;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    TransactionalConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T withConnection(Work<T> work) throws SQLException {
        Transaction transaction = current.get();
        if (transaction != null) {
            return work.run(transaction.connection);
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        }
    }

    <T> T inTransaction(Supplier<T> work) {
        Transaction outer = current.get();
        if (outer != null) {
            return joined(outer, work);
        }
        Connection connection = open();
        Transaction transaction = new Transaction(connection);
        current.set(transaction);
        try {
            T result = work.get();
            if (transaction.rollbackOnly) {
                throw new DevhostAoException(
                        "Transaction rolled back: a nested transaction failed and its exception was caught", null);
            }
            connection.commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        } catch (Throwable checked) { // only reachable by sneaky throws: the callback declares none
            rollback(connection, checked);
            throw new DevhostAoException("Transaction rolled back: " + checked, checked);
        } finally {
            current.remove();
            close(connection);
        }
    }

    private static <T> T joined(Transaction outer, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            outer.rollbackOnly = true;
            throw e;
        }
    }

    private Connection open() {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new DevhostAoException("Could not start a transaction: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException e) {
            throw new DevhostAoException("Could not release the transaction's connection: " + e.getMessage(), e);
        }
    }
}
