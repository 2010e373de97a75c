package io.negotiationtracker.platform.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into a table by one PostgreSQL COPY (text format) that stays open while the caller produces them: for
 * loads too large to hold as one text ({@link CopyRows} builds its whole batch first). The rows go out in chunks of about
 * a megabyte; until {@link #finish} the connection can run nothing else. Values are written as in {@link CopyRows}.
 */
public final class CopyStream {
    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder text = new StringBuilder(CHUNK + (CHUNK >> 2));
    private long rows;

    /** @param columns the table and its columns in the order of each row's values: {@code "t (a, b)"} */
    public CopyStream(Connection c, String columns) throws SQLException {
        this.copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + columns + " from stdin");
    }

    public CopyStream row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) text.append('\t');
            CopyRows.appendValue(text, values[i]);
        }
        text.append('\n');
        rows++;
        if (text.length() >= CHUNK) flush();
        return this;
    }

    /** Ends the COPY; returns the rows the server took. */
    public long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Abandons the COPY (nothing of it is kept); the connection can be used again, e.g. to roll back. */
    public void cancel() {
        try {
            if (copy.isActive()) copy.cancelCopy();
        } catch (SQLException ignored) {
            // the transaction is rolled back by the caller anyway
        }
    }

    public long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        if (text.isEmpty()) return;
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
