package dev.habits.persistence;

import dev.habits.domain.checkin.CheckIn;
import dev.habits.persistence.JdbiCheckIns.PendingSave;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Several check-in saves on PostgreSQL as one statement, atomic as one: every habit named is
 * retagged (one new tag each) and returned as it now is, and each day is upserted from its habit's
 * row, so a habit its owner does not have gets nothing, as with one save. The row lock the retag
 * takes lines up concurrent writers of a habit's days, as with one save.
 */
final class SavedTogether {
    private static final String[] COLUMNS = {"user_id", "habit_id", "check_date", "status", "note", "created_at",
        "updated_at", "tag"};
    private static final String[] TYPES = {"UUID", "UUID", "DATE", "VARCHAR", "VARCHAR", "TIMESTAMP WITH TIME ZONE",
        "TIMESTAMP WITH TIME ZONE", "BIGINT"};
    private static final Comparator<PendingSave> BY_HABIT = Comparator
            .comparing((PendingSave save) -> save.owner().value())
            .thenComparing(save -> save.checkIn().habitId().value());
    /** The statement for each number of rows, 2 to {@link JdbiCheckIns#MAX_BATCH}. */
    private static final String[] STATEMENTS = new String[JdbiCheckIns.MAX_BATCH + 1];
    /** Each row's parameter names, by row and column: made once, not per row of every batch. */
    private static final String[][] PARAMETERS = new String[JdbiCheckIns.MAX_BATCH][COLUMNS.length];

    static {
        for (int rows = 2; rows < STATEMENTS.length; rows++) {
            STATEMENTS[rows] = statement(rows);
        }
        for (int row = 0; row < PARAMETERS.length; row++) {
            for (int column = 0; column < COLUMNS.length; column++) {
                PARAMETERS[row][column] = COLUMNS[column] + row;
            }
        }
    }

    private SavedTogether() {
    }

    /**
     * The saves to write for {@code batch}: two saves of one day keep the later, as two saves in
     * their order would (an upsert may not touch a row twice in one statement). By owner and habit,
     * the order in which the statement then locks the habits' rows, so that two nodes' batches
     * naming the same habits lock them in one order and do not deadlock.
     */
    static List<PendingSave> lastOfEachDay(List<PendingSave> batch) {
        Map<DayKey, PendingSave> byDay = new LinkedHashMap<>();
        for (PendingSave save : batch) {
            DayKey day = new DayKey(save.owner().value(), save.checkIn().habitId().value(), save.checkIn().date());
            byDay.remove(day); // to the end, where the later save stands
            byDay.put(day, save);
        }
        List<PendingSave> saves = new ArrayList<>(byDay.values());
        saves.sort(BY_HABIT);
        return saves;
    }

    /** The statement for {@code saves}, two or more of different days (see {@link #lastOfEachDay}), bound. */
    static Query bind(Handle h, List<PendingSave> saves) {
        Query query = h.createQuery(STATEMENTS[saves.size()]);
        // one tag a habit: an UPDATE … FROM that joins a row to several with other values takes any one
        Map<UUID, Long> tags = new HashMap<>();
        int row = 0;
        for (PendingSave save : saves) {
            CheckIn checkIn = save.checkIn();
            String[] names = PARAMETERS[row];
            query.bind(names[0], Sql.uuid(save.owner().value()))
                    .bind(names[1], Sql.uuid(checkIn.habitId().value()))
                    .bind(names[2], Sql.date(checkIn.date()))
                    .bind(names[3], checkIn.status().name())
                    .bind(names[4], checkIn.note())
                    .bind(names[5], Sql.timestamp(checkIn.createdAt()))
                    .bind(names[6], Sql.timestamp(checkIn.updatedAt()))
                    .bind(names[7], tags.computeIfAbsent(checkIn.habitId().value(), id -> MappedHabits.freshTag()));
            row++;
        }
        return query;
    }

    private record DayKey(UUID owner, UUID habit, LocalDate date) {
    }

    /** The statement for {@code rows} saves, with Jdbi's named parameters. */
    static String statement(int rows) {
        StringBuilder values = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            values.append(row == 0 ? "(" : ", (");
            for (int column = 0; column < COLUMNS.length; column++) {
                String parameter = ":" + COLUMNS[column] + row;
                values.append(column == 0 ? "" : ", ")
                        .append(row == 0 ? "CAST(" + parameter + " AS " + TYPES[column] + ")" : parameter);
            }
            values.append(')');
        }
        return "WITH input (" + String.join(", ", COLUMNS) + ") AS (VALUES " + values + "), "
                + "tagged AS (UPDATE habits SET history_tag = input.tag FROM input "
                + "WHERE habits.user_id = input.user_id AND habits.id = input.habit_id "
                + "RETURNING habits." + JdbiHabits.COLUMNS.replace(", ", ", habits.") + "), "
                + "saved AS (INSERT INTO check_ins (user_id, habit_id, check_date, status, note, created_at, updated_at) "
                + "SELECT input.user_id, input.habit_id, input.check_date, input.status, input.note, input.created_at, "
                + "input.updated_at FROM input JOIN tagged ON tagged.user_id = input.user_id "
                + "AND tagged.id = input.habit_id "
                + "ON CONFLICT (user_id, habit_id, check_date) DO UPDATE SET status = EXCLUDED.status, "
                + "note = EXCLUDED.note, updated_at = EXCLUDED.updated_at) "
                + "SELECT * FROM tagged";
    }
}
