package dev.habits.persistence;

import static dev.habits.persistence.QueryPlan.assertUsesAnIndexOn;
import static dev.habits.persistence.QueryPlan.md5;
import static dev.habits.persistence.QueryPlan.uuid;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With 1,000 users' worth of rows (5 habits each, 60 days of check-ins per habit, 3 refresh tokens
 * each), the three hot queries are answered through an index, not by reading a whole table. The
 * statements are the adapters' own, with their parameters bound.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlansOnPostgresTest {
    private static final int USERS = 1_000;

    private TestDatabase testDatabase;

    @BeforeAll
    void loadOneThousandUsers() throws SQLException {
        testDatabase = TestDatabase.postgres();
        try (Connection c = testDatabase.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO users (id, email, display_name, time_zone, week_start, day_start_hour, locale, "
                    + "notifications_email_enabled, password_hash, token_generation, created_at, updated_at) "
                    + "SELECT md5('u' || g)::uuid, 'user' || g || '@example.com', 'User ' || g, 'UTC', 1, 0, 'en-US', "
                    + "false, 'hash', 0, now(), now() FROM generate_series(1, " + USERS + ") g");
            s.execute("INSERT INTO habits (user_id, id, name, active_name_key, description, color, schedule_type, "
                    + "start_date, archived_at, position, created_at, updated_at) "
                    + "SELECT md5('u' || g)::uuid, md5('h' || g || '-' || p)::uuid, 'Habit ' || p, 'habit ' || p, '', "
                    + "'#4CAF50', 'daily', DATE '2026-01-01', NULL, p, now(), now() "
                    + "FROM generate_series(1, " + USERS + ") g, generate_series(0, 4) p");
            s.execute("INSERT INTO check_ins (user_id, habit_id, check_date, status, note, created_at, updated_at) "
                    + "SELECT user_id, id, DATE '2026-11-22' - d, 'DONE', '', now(), now() "
                    + "FROM habits, generate_series(0, 59) d");
            s.execute("INSERT INTO refresh_tokens (user_id, id, family_id, token_hash, issued_at, expires_at) "
                    + "SELECT md5('u' || g)::uuid, md5('t' || g || '-' || t)::uuid, md5('f' || g)::uuid, "
                    + "md5('hash' || g || '-' || t), now(), now() + interval '30 days' "
                    + "FROM generate_series(1, " + USERS + ") g, generate_series(1, 3) t");
            s.execute("ANALYZE");
        }
    }

    @AfterAll
    void dropTheSchema() {
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    @Test
    void aUsersHabitListIsReadThroughAnIndex() throws SQLException {
        String plan = plan("SELECT * FROM habits WHERE user_id = ? AND archived_at IS NULL "
                + "ORDER BY position, created_at DESC, id", userId(500));

        assertUsesAnIndexOn("habits", plan);
    }

    @Test
    void aHabitsCheckInsInADateRangeAreReadThroughAnIndex() throws SQLException {
        String plan = plan("SELECT * FROM check_ins WHERE user_id = ? AND habit_id = ? "
                        + "AND check_date BETWEEN ? AND ? ORDER BY check_date",
                userId(500), uuid("h500-2"), LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"));

        assertUsesAnIndexOn("check_ins", plan);
    }

    @Test
    void aRefreshTokenIsFoundByItsHashThroughAnIndex() throws SQLException {
        String plan = plan("SELECT * FROM refresh_tokens WHERE token_hash = ?", md5("hash500-2"));

        assertUsesAnIndexOn("refresh_tokens", plan);
    }

    private String plan(String sql, Object... parameters) throws SQLException {
        return QueryPlan.of(testDatabase.database(), sql, parameters);
    }

    private static UUID userId(int n) {
        return uuid("u" + n);
    }
}
