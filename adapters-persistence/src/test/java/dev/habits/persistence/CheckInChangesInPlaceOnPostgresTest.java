package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL rewrites a row in place, without touching any index, only when no index holds a
 * column the update changes (see migration V6). Changing a day's check-in writes its status, note
 * and updated_at, so no index on {@code check_ins} may hold them: one that did would double the
 * cost of every such change and leave dead index entries behind.
 */
class CheckInChangesInPlaceOnPostgresTest {
    private static final Set<String> WRITTEN_BY_A_CHANGE = Set.of("status", "note", "updated_at");

    private TestDatabase testDatabase;

    @BeforeEach
    void openDatabase() {
        testDatabase = TestDatabase.postgres();
    }

    @AfterEach
    void dropTheSchema() {
        if (testDatabase != null) { // null when PostgreSQL is not configured and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void noIndexOnCheckInsHoldsAColumnThatChangingADayWrites() throws SQLException {
        Map<String, Set<String>> columnsByIndex = indexedColumns("check_ins");

        assertThat(columnsByIndex).containsKeys("check_ins_pk", "check_ins_by_owner_day_habit");
        columnsByIndex.forEach((index, columns) ->
                assertThat(columns).as(index).doesNotContainAnyElementsOf(WRITTEN_BY_A_CHANGE));
    }

    private Map<String, Set<String>> indexedColumns(String table) throws SQLException {
        // indexprs covers an expression index, whose columns are not in indkey
        String sql = "SELECT c.relname, a.attname FROM pg_index i "
                + "JOIN pg_class c ON c.oid = i.indexrelid "
                + "JOIN pg_attribute a ON a.attrelid = i.indrelid "
                + "AND (a.attnum = ANY (i.indkey) OR pg_get_expr(i.indexprs, i.indrelid) LIKE '%' || a.attname || '%' "
                + "OR pg_get_expr(i.indpred, i.indrelid) LIKE '%' || a.attname || '%') "
                + "WHERE i.indrelid = '" + table + "'::regclass AND a.attnum > 0";
        Map<String, Set<String>> columns = new HashMap<>();
        try (Connection c = testDatabase.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), index -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        return columns;
    }
}
