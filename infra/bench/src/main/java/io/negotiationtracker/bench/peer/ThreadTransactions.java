package io.negotiationtracker.bench.peer;

import io.negotiationtracker.bench.harness.PerThread;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Axon's two JDBC hooks over one connection per writer thread, as a connection pool would give it: a transaction is
 * that connection's (autocommit off, commit or rollback), and the engine's "close" after each statement leaves it open.
 */
final class ThreadTransactions implements TransactionManager, ConnectionProvider, AutoCloseable {
    private final PerThread<Connection> connections;

    ThreadTransactions(String url, String user, String password) {
        this.connections = new PerThread<>(() -> {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(false);
            return c;
        });
    }

    @Override
    public Transaction startTransaction() {
        Connection c = mine();
        return new Transaction() {
            @Override
            public void commit() {
                try {
                    c.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void rollback() {
                try {
                    c.rollback();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    @Override
    public Connection getConnection() {
        Connection c = mine();
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) return null;
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private Connection mine() {
        try {
            return connections.get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot connect", e);
        }
    }

    @Override
    public void close() throws Exception {
        connections.close();
    }
}
