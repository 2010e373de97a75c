package io.negotiationtracker.platform.jdbc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows written into a table by PostgreSQL's COPY (text format) instead of INSERT statements: one stream for the whole
 * batch, no statement with thousands of parameters for the server to parse and plan, no parameter binding per value
 * for the driver. Each value is written as {@link String#valueOf} gives it (null as {@code \N}), escaped for the format.
 */
public final class CopyRows {
    private final String sql;
    private final StringBuilder text;
    private int rows;

    /** @param columns the table and its columns in the order of each row's values: {@code "ingest.events (position, …)"} */
    public CopyRows(String columns, int expectedBytes) {
        this.sql = "copy " + columns + " from stdin";
        this.text = new StringBuilder(expectedBytes);
    }

    public CopyRows row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) text.append('\t');
            appendValue(text, values[i]);
        }
        text.append('\n');
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    /** Copies the rows in on {@code c} (in its transaction); nothing is sent when there are none. */
    public void into(Connection c) throws SQLException {
        if (rows == 0) return;
        try {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(sql, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("COPY could not read its own rows", e);
        }
    }

    /** Appends one value in COPY's text format: {@link String#valueOf}, escaped; null as {@code \N}. */
    static void appendValue(StringBuilder text, Object v) {
        if (v == null) {
            text.append("\\N");
            return;
        }
        String value = String.valueOf(v);
        if (!needsEscape(value)) {
            text.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
    }

    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') return true;
        }
        return false;
    }
}
