package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** PostgreSQL's plan for a statement, asked through the server's own pool, and the test rows' ids. */
final class QueryPlan {
    private QueryPlan() {
    }

    /** The EXPLAIN output of {@code sql} with its {@code ?} parameters bound, as one text. */
    static String of(Database database, String sql, Object... parameters) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement statement = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return String.join("\n", lines);
        }
    }

    static void assertUsesAnIndexOn(String table, String plan) {
        assertThat(plan).as("plan of a query on %s", table).contains("Index").doesNotContain("Seq Scan on " + table);
    }

    /** The same UUID PostgreSQL's {@code md5(text)::uuid} makes. */
    static UUID uuid(String text) {
        String hex = md5(text);
        return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20));
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
