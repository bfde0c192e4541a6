package dev.habits.persistence;

import static dev.habits.persistence.QueryPlan.assertUsesAnIndexOn;
import static dev.habits.persistence.QueryPlan.md5;
import static dev.habits.persistence.QueryPlan.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.port.HabitFilter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
        QueryPlan.generateRows(testDatabase.database(), USERS, 5, 60, LocalDate.parse("2026-11-22"),
                "INSERT INTO refresh_tokens (user_id, id, family_id, token_hash, issued_at, expires_at) "
                        + "SELECT md5('u' || g)::uuid, md5('t' || g || '-' || t)::uuid, md5('f' || g)::uuid, "
                        + "md5('hash' || g || '-' || t), now(), now() + interval '30 days' "
                        + "FROM generate_series(1, " + USERS + ") g, generate_series(1, 3) t");
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

    @Test
    void aFullBatchOfCheckInsFindsItsHabitsThroughTheirKeyInTheBatchsOrder() throws SQLException {
        int rows = JdbiCheckIns.MAX_BATCH;
        List<Object> parameters = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            parameters.addAll(List.of(userId(row + 1), uuid("h" + (row + 1) + "-0"), LocalDate.parse("2026-11-23"),
                    "DONE", "", OffsetDateTime.now(ZoneOffset.UTC), OffsetDateTime.now(ZoneOffset.UTC), (long) row));
        }
        String sql = SavedTogether.statement(rows).replaceAll(":[a-z_]+[0-9]+", "?");

        String plan = plan(sql, parameters.toArray());

        // a nested loop driven by the rows as given locks the habits in that order (SavedTogether.lastOfEachDay)
        assertUsesAnIndexOn("habits", plan);
        assertThat(plan).containsPattern("Update on habits.*\\n\\s*->  Nested Loop.*\\n\\s*->  CTE Scan on input");
    }

    @Test
    void fullBatchesOfReadsFindTheirRowsThroughIndexes() throws SQLException {
        int keys = ReadTogether.MAX_BATCH;
        UUID[] owners = new UUID[keys];
        UUID[] habits = new UUID[keys];
        String[] days = new String[keys];
        for (int key = 0; key < keys; key++) {
            owners[key] = userId(key * 7 + 1);
            habits[key] = uuid("h" + (key * 7 + 1) + "-2");
            days[key] = "2026-11-20";
        }

        String lists = plan(ReadTogether.HABITS_OF.replace(":owners", "?") + JdbiHabits.which(HabitFilter.ACTIVE)
                + ReadTogether.HABITS_OF_ORDER, (Object) owners);
        String byId = plan(ReadTogether.BY_ID.replace(":owners", "?").replace(":ids", "?"), owners, habits);
        String onDays = plan(ReadTogether.ON_DAYS.replaceAll(":[a-z]+", "?"), owners, habits, days);

        assertUsesAnIndexOn("habits", lists);
        assertUsesAnIndexOn("habits", byId);
        assertUsesAnIndexOn("habits", onDays);
        assertUsesAnIndexOn("check_ins", onDays);
    }

    private String plan(String sql, Object... parameters) throws SQLException {
        return QueryPlan.of(testDatabase.database(), sql, parameters);
    }

    private static UUID userId(int n) {
        return uuid("u" + n);
    }
}
