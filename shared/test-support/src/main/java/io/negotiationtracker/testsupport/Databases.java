package io.negotiationtracker.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creating databases on a PostgreSQL server and naming them in JDBC URLs. */
final class Databases {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** jdbc:postgresql://hosts/database?params, with the database and the parameters optional. */
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?");

    private static final String DUPLICATE_DATABASE = "42P04";

    private Databases() {}

    /** Creates {@code name} through a server reached at {@code adminUrl} (any existing database) unless it exists. */
    static void createIfMissing(String adminUrl, String user, String password, String name) {
        requireValidName(name);
        try (Connection c = DriverManager.getConnection(adminUrl, user, password)) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE \"" + name + "\"");
            } catch (SQLException e) {
                if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not create database " + name + " via " + adminUrl + " as " + user + ": " + e.getMessage(),
                    e);
        }
    }

    /** {@code url} with its database replaced by {@code database}, keeping host, port and parameters. */
    static String withDatabase(String url, String database) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db): " + url);
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    static void requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid database name '" + name + "': use at most 63 lower-case"
                    + " letters, digits and underscores, not starting with a digit");
        }
    }
}
