package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * For plan tests: generated rows, PostgreSQL's plan for a statement (asked through the server's own
 * pool), and the generated rows' ids.
 */
final class QueryPlan {
    private QueryPlan() {
    }

    /**
     * Users {@code u1} to {@code uN} (ids {@code uuid("u" + n)}), each with daily habits {@code h<n>-0} onwards, each
     * habit done on the {@code days} days up to {@code lastDay}; then {@code more} statements; then ANALYZE, so the
     * planner sees the tables as they are.
     */
    static void generateRows(Database database, int users, int habitsEach, int days, LocalDate lastDay, String... more)
            throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO users (id, email, display_name, time_zone, week_start, day_start_hour, locale, "
                    + "notifications_email_enabled, password_hash, token_generation, created_at, updated_at) "
                    + "SELECT md5('u' || g)::uuid, 'user' || g || '@example.com', 'User ' || g, 'UTC', 1, 0, 'en-US', "
                    + "false, 'hash', 0, now(), now() FROM generate_series(1, " + users + ") g");
            s.execute("INSERT INTO habits (user_id, id, name, active_name_key, description, color, schedule_type, "
                    + "start_date, archived_at, position, created_at, updated_at) "
                    + "SELECT md5('u' || g)::uuid, md5('h' || g || '-' || p)::uuid, 'Habit ' || p, 'habit ' || p, '', "
                    + "'#4CAF50', 'daily', DATE '2026-01-01', NULL, p, now(), now() "
                    + "FROM generate_series(1, " + users + ") g, generate_series(0, " + (habitsEach - 1) + ") p");
            s.execute("INSERT INTO check_ins (user_id, habit_id, check_date, status, note, created_at, updated_at) "
                    + "SELECT user_id, id, DATE '" + lastDay + "' - d, 'DONE', '', now(), now() "
                    + "FROM habits, generate_series(0, " + (days - 1) + ") d");
            for (String statement : more) {
                s.execute(statement);
            }
            s.execute("ANALYZE");
        }
    }

    /** The EXPLAIN output of {@code sql} with its {@code ?} parameters bound, as one text. */
    static String of(Database database, String sql, Object... parameters) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement statement = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof UUID[] ids) {
                    parameter = c.createArrayOf("uuid", ids);
                } else if (parameter instanceof String[] texts) {
                    parameter = c.createArrayOf("varchar", texts);
                }
                statement.setObject(i + 1, parameter);
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
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
