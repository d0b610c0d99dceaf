package dev.orderflow.launcher.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A service's tables, as its {@link ReplayPlan} defines them: every table of its schema but the kept ones. */
final class ServiceData {

    private final Connection connection;
    private final ReplayPlan plan;

    ServiceData(Connection connection, ReplayPlan plan) {
        this.connection = connection;
        this.plan = plan;
    }

    /** Reads every compared column of every table in a fixed order (tables by name, rows by all compared columns). */
    Fingerprint fingerprint() throws SQLException {
        MessageDigest digest = sha256();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables()) {
            List<String> columns = columns(table);
            digest.update(("table " + table + " " + columns + "\n").getBytes(StandardCharsets.UTF_8));
            String list = String.join(", ", columns.stream().map(ServiceData::quote).toList());
            long count = 0;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select " + list + " from " + qualified(table)
                            + " order by " + list)) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns.size(); i++) {
                        String value = rs.getString(i);
                        row.append(value == null ? "\\N" : value.replace("\\", "\\\\").replace("\t", "\\t"))
                                .append('\t');
                    }
                    digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                    count++;
                }
            }
            rows.put(table, count);
        }
        return new Fingerprint(rows, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Empties every table in one transaction and one statement, so nothing sees them half cleared, and restarts their
     * identity columns, so that rows numbered by the database get the same numbers again.
     */
    void clear() throws SQLException {
        List<String> tables = tables();
        if (tables.isEmpty()) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("truncate table " + String.join(", ", tables.stream().map(this::qualified).toList())
                    + " restart identity");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select table_name from information_schema.tables
                where table_schema = ? and table_type = 'BASE TABLE' order by table_name""")) {
            query.setString(1, plan.schema());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (!plan.keep().contains(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
        }
        return tables;
    }

    /** How many rows hold a value in the given {@code table.column}, e.g. shipments dispatched. */
    long rowsWithValue(String tableAndColumn) throws SQLException {
        String[] parts = tableAndColumn.split("\\.");
        try (PreparedStatement query = connection.prepareStatement("select count(*) from " + qualified(parts[0])
                + " where " + quote(parts[1]) + " is not null");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select column_name from information_schema.columns
                where table_schema = ? and table_name = ? order by ordinal_position""")) {
            query.setString(1, plan.schema());
            query.setString(2, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (!plan.ignoredColumns().contains(rs.getString(1))) {
                        columns.add(rs.getString(1));
                    }
                }
            }
        }
        return columns;
    }

    private String qualified(String table) {
        return quote(plan.schema()) + "." + quote(table);
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
