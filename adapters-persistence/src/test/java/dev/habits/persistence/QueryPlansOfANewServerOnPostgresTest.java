package dev.habits.persistence;

import static dev.habits.persistence.QueryPlan.assertUsesAnIndexOn;
import static dev.habits.persistence.QueryPlan.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A new server's tables are a few pages each (here 16 users with 20 habits and 30 days of check-ins).
 * With PostgreSQL's default costs the planner reads such a table whole rather than through its index,
 * which costs every list and today view more CPU than the rest of its work in the database; the pool's
 * sessions price random reads as an SSD's (see {@link ConnectionPool}), so these reads use the index
 * from the first user on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlansOfANewServerOnPostgresTest {
    private static final int USERS = 16;
    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    private TestDatabase testDatabase;

    @BeforeAll
    void loadSixteenUsers() throws SQLException {
        testDatabase = TestDatabase.postgres();
        QueryPlan.generateRows(testDatabase.database(), USERS, 20, 30, TODAY);
    }

    @AfterAll
    void dropTheSchema() {
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    @Test
    void theHabitListAndTheTodayViewReadTheUsersHabitsThroughAnIndex() throws SQLException {
        String plan = plan("SELECT id, history_tag FROM habits WHERE user_id = ? AND archived_at IS NULL "
                + "ORDER BY position, created_at DESC, id", userId(7));

        assertUsesAnIndexOn("habits", plan);
    }

    @Test
    void theTodayViewReadsTheUsersRecentDaysThroughAnIndex() throws SQLException {
        String plan = plan("SELECT habit_id, check_date, status FROM check_ins WHERE user_id = ? "
                + "AND check_date >= ? ORDER BY habit_id, check_date", userId(7), TODAY.minusDays(13));

        assertUsesAnIndexOn("check_ins", plan);
    }

    @Test
    void aCheckInReadsItsHabitAndDayThroughIndexes() throws SQLException {
        String plan = plan("SELECT h.id, c.status FROM habits h LEFT JOIN check_ins c ON c.user_id = h.user_id "
                + "AND c.habit_id = h.id AND c.check_date = ? WHERE h.user_id = ? AND h.id = ?",
                TODAY, userId(7), uuid("h7-3"));

        assertUsesAnIndexOn("habits", plan);
        assertUsesAnIndexOn("check_ins", plan);
    }

    @Test
    void randomReadsArePricedAsOnAnSsdInTheServersSessions() throws SQLException {
        assertThat(randomPageCost(testDatabase.database())).isEqualTo("1.1");
    }

    @Test
    void aRandomPageCostTheUrlSetsIsKept() throws SQLException {
        try (Database ownCost = testDatabase.openWithUrlParameter("options=-c%20random_page_cost%3D3")) {
            assertThat(randomPageCost(ownCost)).isEqualTo("3");
        }
    }

    private static String randomPageCost(Database database) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW random_page_cost")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String plan(String sql, Object... parameters) throws SQLException {
        return QueryPlan.of(testDatabase.database(), sql, parameters);
    }

    private static UUID userId(int n) {
        return uuid("u" + n);
    }
}
