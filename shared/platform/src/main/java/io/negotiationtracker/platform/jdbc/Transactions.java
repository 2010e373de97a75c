package io.negotiationtracker.platform.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Plain JDBC transactions: the work commits as a whole or not at all. A database out of reach is {@link DatabaseUnavailable}. */
public final class Transactions {
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {}

    public static <T> T inTransaction(DataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                c.setAutoCommit(auto);
                return result;
            } catch (SQLException | RuntimeException e) {
                // A rollback on a connection that died must not hide why the work failed.
                try {
                    c.rollback();
                    c.setAutoCommit(auto);
                } catch (SQLException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw DatabaseUnavailable.of(e);
        }
    }

    public static <T> T read(DataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw DatabaseUnavailable.of(e);
        }
    }
}
