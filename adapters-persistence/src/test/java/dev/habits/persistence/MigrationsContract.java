package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.baseline.BaselineMigrationConfigurationExtension;
import org.junit.jupiter.api.Test;

/**
 * How a database gets its schema: a new one from the baseline script (B6), one migrated before
 * from where its history stands. Either way it must end with the schema that V1 to V6 build, or
 * the repositories would meet different tables depending on when the server was installed.
 * Both sides run every migration there is ("latest"), so a V7 leaves the schema comparisons as
 * they are and only adds its row to the histories listed here.
 */
abstract class MigrationsContract {
    private static final String LOCATION = "classpath:db/migration";
    private static final String HISTORY = "flyway_schema_history";

    abstract TestDatabase.Empty emptyDatabase();

    @Test
    void aNewDatabaseGetsTheSchemaOfEveryMigrationFromTheBaselineInOneStep() throws SQLException {
        try (TestDatabase.Empty stepByStep = emptyDatabase(); TestDatabase.Empty fresh = emptyDatabase()) {
            migrateStepByStep(stepByStep.url(), "latest");
            openAndClose(fresh.url());

            assertThat(schemaOf(fresh.url())).isEqualTo(schemaOf(stepByStep.url())).isNotEmpty();
            assertThat(historyOf(fresh.url())).containsExactly("6 SQL_BASELINE B6__schema_of_v1_to_v6.sql");
        }
    }

    @Test
    void aDatabaseMigratedStepByStepKeepsItsHistoryAndIsNotMigratedAgain() throws SQLException {
        try (TestDatabase.Empty installed = emptyDatabase()) {
            migrateStepByStep(installed.url(), "latest");
            List<String> before = historyOf(installed.url());
            List<String> schemaBefore = schemaOf(installed.url());

            openAndClose(installed.url());

            assertThat(historyOf(installed.url())).isEqualTo(before).hasSize(6);
            assertThat(schemaOf(installed.url())).isEqualTo(schemaBefore);
        }
    }

    @Test
    void aDatabaseOlderThanTheBaselineGoesOnWithTheMigrationsItLacks() throws SQLException {
        try (TestDatabase.Empty old = emptyDatabase(); TestDatabase.Empty fresh = emptyDatabase()) {
            migrateStepByStep(old.url(), "3");
            openAndClose(fresh.url());

            openAndClose(old.url());

            assertThat(historyOf(old.url())).containsExactly(
                    "1 SQL V1__users_habits_check_ins_refresh_tokens.sql", "2 SQL V2__rate_limit_buckets.sql",
                    "3 SQL V3__check_ins_by_owner_and_day.sql", "4 SQL V4__check_ins_by_owner_and_day_with_status.sql",
                    "5 SQL V5__habit_history_tag.sql", "6 SQL V6__check_ins_status_outside_indexes.sql");
            assertThat(schemaOf(old.url())).isEqualTo(schemaOf(fresh.url()));
        }
    }

    /** The V scripts one at a time up to {@code target}, as every database installed before B6 got them. */
    private static void migrateStepByStep(String url, String target) {
        FluentConfiguration configuration = Flyway.configure().dataSource(url, null, null).locations(LOCATION)
                .target(target);
        // A prefix no script has: Flyway then sees no baseline script and runs the V scripts.
        configuration.getConfigurationExtension(BaselineMigrationConfigurationExtension.class)
                .setBaselineMigrationPrefix("none-");
        configuration.load().migrate();
    }

    private static void openAndClose(String url) {
        Database.open(new DatabaseSettings(url, null, null, 1)).close();
    }

    /**
     * Each applied migration as "version type script", in the order they ran (without the row that
     * Flyway writes on H2 for creating its own table).
     */
    private static List<String> historyOf(String url) throws SQLException {
        List<String> history = new ArrayList<>();
        try (Connection connection = connect(url);
             Statement statement = connection.createStatement()) {
            add(history, "", statement.executeQuery("SELECT version, type, script FROM " + HISTORY
                    + " WHERE version IS NOT NULL ORDER BY installed_rank"), "version", "type", "script");
        }
        return history;
    }

    /**
     * Every column, key, index and constraint of the schema's tables (but Flyway's), sorted, as the
     * JDBC driver and the SQL standard's information schema describe them. PostgreSQL's NOT NULL
     * checks are left out: their names hold object ids, and the columns' nullability says the same.
     * So are the last letters of the names H2 gives the indexes behind keys (PRIMARY_KEY_B): they
     * change when a table is rebuilt, as V5's ALTER TABLE did, and nothing refers to them.
     */
    private static List<String> schemaOf(String url) throws SQLException {
        List<String> schema = new ArrayList<>();
        try (Connection connection = connect(url)) {
            String name = connection.getSchema();
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, name, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    if (!rs.getString("TABLE_NAME").equals(HISTORY)) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : tables) {
                add(schema, "column", meta.getColumns(null, name, table, "%"), "TABLE_NAME", "ORDINAL_POSITION",
                        "COLUMN_NAME", "TYPE_NAME", "COLUMN_SIZE", "IS_NULLABLE", "COLUMN_DEF");
                add(schema, "primary key", meta.getPrimaryKeys(null, name, table), "TABLE_NAME", "PK_NAME",
                        "KEY_SEQ", "COLUMN_NAME");
                add(schema, "foreign key", meta.getImportedKeys(null, name, table), "FKTABLE_NAME", "FK_NAME",
                        "KEY_SEQ", "FKCOLUMN_NAME", "PKTABLE_NAME", "PKCOLUMN_NAME", "DELETE_RULE");
                add(schema, "index", meta.getIndexInfo(null, name, table, false, false), "TABLE_NAME",
                        "INDEX_NAME", "NON_UNIQUE", "ORDINAL_POSITION", "COLUMN_NAME");
            }
            try (Statement statement = connection.createStatement()) {
                add(schema, "constraint", statement.executeQuery("""
                        SELECT t.table_name, t.constraint_name, t.constraint_type, c.check_clause
                        FROM information_schema.table_constraints t
                        LEFT JOIN information_schema.check_constraints c
                          ON c.constraint_schema = t.constraint_schema AND c.constraint_name = t.constraint_name
                        WHERE t.table_schema = '%s' AND t.table_name <> '%s'
                          AND t.constraint_name NOT LIKE '%%_not_null'""".formatted(name, HISTORY)),
                        "table_name", "constraint_name", "constraint_type", "check_clause");
            }
        }
        schema.replaceAll(line -> line.replaceAll("(PRIMARY_KEY|_INDEX)_[0-9A-Z]+ ", "$1 "));
        schema.sort(null);
        return schema;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(ConnectionPool.jdbcUrl(url));
    }

    /** Adds each row as one line: {@code kind} (if any), then the columns' values, with spaces between. */
    private static void add(List<String> lines, String kind, ResultSet rows, String... columns) throws SQLException {
        try (rows) {
            while (rows.next()) {
                StringJoiner line = new StringJoiner(" ");
                if (!kind.isEmpty()) {
                    line.add(kind);
                }
                for (String column : columns) {
                    line.add(rows.getString(column));
                }
                lines.add(line.toString());
            }
        }
    }
}
