package dev.habits.persistence;

import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInDay;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A check-in's row in {@code check_ins}: its columns, how a row is read (by position), and the
 * plain update and guarded insert that H2's save is made of. {@link JdbiCheckIns} decides when
 * each runs; {@link ReadTogether} and {@link SavedTogether} read and write the same columns.
 */
final class CheckInRows {
    static final String COLUMNS = "habit_id, check_date, status, note, created_at, updated_at";
    /** A habit's columns from {@code habits h}, then its day's from {@code check_ins c} (null for no check-in). */
    static final String HABIT_AND_DAY_COLUMNS = "h." + JdbiHabits.COLUMNS.replace(", ", ", h.")
            + ", c.status AS day_status, c.note AS day_note, c.created_at AS day_created_at, "
            + "c.updated_at AS day_updated_at";
    /** Where the day's columns start in {@link #HABIT_AND_DAY_COLUMNS}: after the habit's fifteen. */
    private static final int DAY_COLUMN = 16;
    private static final String SAVEPOINT = "check_in_insert";
    /** A check-in's row as an insert selects it from a habit's row. */
    static final String ROW_VALUES = "user_id, id, :date, :status, :note, :createdAt, :updatedAt";
    /** The row to insert, selected from the habit by its owner: nothing for a habit the owner does not have. */
    private static final String FROM_OWNED_HABIT = "SELECT " + ROW_VALUES
            + " FROM habits WHERE user_id = :owner AND id = :habit";

    private CheckInRows() {
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Rows ordered by habit (its id in column 1), cut where the habit changes. (Hashing every row's
     * id into a map cost more than the query: a record's equals is not inlined from HashMap's
     * megamorphic call site.)
     */
    static <T> Map<HabitId, List<T>> byHabit(ResultSet rs, RowReader<T> row) throws SQLException {
        Map<HabitId, List<T>> byHabit = new LinkedHashMap<>();
        UUID current = null;
        List<T> rows = null;
        while (rs.next()) {
            UUID habit = rs.getObject(1, UUID.class);
            if (!habit.equals(current)) {
                current = habit;
                rows = new ArrayList<>();
                byHabit.put(new HabitId(habit), rows);
            }
            rows.add(row.read(rs));
        }
        return byHabit;
    }

    /** The check-in in the day's columns of {@link #HABIT_AND_DAY_COLUMNS}, or null when the day has none. */
    static CheckIn dayAfterHabit(ResultSet rs, HabitId habit, LocalDate date) throws SQLException {
        String status = rs.getString(DAY_COLUMN);
        return status == null ? null : new CheckIn(habit, date, CheckInStatus.valueOf(status),
                rs.getString(DAY_COLUMN + 1), Sql.instant(rs, DAY_COLUMN + 2), Sql.instant(rs, DAY_COLUMN + 3));
    }

    /**
     * A day and status from columns {@code first} and {@code first + 1}. Only these two: on H2,
     * reading 3 years of whole rows (id, note, timestamps) took four times as long as these.
     */
    static CheckInDay day(ResultSet rs, int first) throws SQLException {
        return CheckInDay.of(rs.getObject(first, LocalDate.class), CheckInStatus.valueOf(rs.getString(first + 1)));
    }

    /** Reads {@link #COLUMNS} by position: a history is thousands of rows, and H2 looks labels up per call. */
    static CheckIn checkIn(ResultSet rs) throws SQLException {
        return new CheckIn(new HabitId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class),
                CheckInStatus.valueOf(rs.getString(3)), rs.getString(4), Sql.instant(rs, 5), Sql.instant(rs, 6));
    }

    /** Changes the day's row in place; the rows changed, 0 when the day has none yet. */
    static int update(Handle h, UserId owner, CheckIn checkIn) {
        return h.createUpdate("UPDATE check_ins SET status = :status, note = :note, updated_at = :updatedAt "
                        + "WHERE user_id = :owner AND habit_id = :habit AND check_date = :date")
                .bind("status", checkIn.status().name())
                .bind("note", checkIn.note())
                .bind("updatedAt", Sql.timestamp(checkIn.updatedAt()))
                .bind("owner", Sql.uuid(owner.value()))
                .bind("habit", Sql.uuid(checkIn.habitId().value()))
                .bind("date", Sql.date(checkIn.date()))
                .execute();
    }

    /**
     * Inserts the day's row, selected from the owner's habit (nothing for a habit the owner does not
     * have). Inside a transaction under a savepoint: an insert that lost a race to another writer
     * leaves the transaction usable for the update that follows.
     */
    static void insert(Handle h, UserId owner, CheckIn checkIn) {
        boolean guarded = h.isInTransaction();
        if (guarded) {
            h.savepoint(SAVEPOINT);
        }
        try {
            bindRow(h.createUpdate("INSERT INTO check_ins (user_id, " + COLUMNS + ") " + FROM_OWNED_HABIT),
                    owner, checkIn).execute();
        } catch (UnableToExecuteStatementException e) {
            if (guarded) {
                rollbackToSavepoint(h, e);
            }
            throw e;
        }
        if (guarded) {
            h.releaseSavepoint(SAVEPOINT);
        }
    }

    /** Binds a check-in's row to the names of {@link #ROW_VALUES}, with its owner and habit. */
    static <S extends SqlStatement<S>> S bindRow(S insert, UserId owner, CheckIn checkIn) {
        return insert.bind("date", Sql.date(checkIn.date()))
                .bind("status", checkIn.status().name())
                .bind("note", checkIn.note())
                .bind("createdAt", Sql.timestamp(checkIn.createdAt()))
                .bind("updatedAt", Sql.timestamp(checkIn.updatedAt()))
                .bind("owner", Sql.uuid(owner.value()))
                .bind("habit", Sql.uuid(checkIn.habitId().value()));
    }

    // When the connection itself broke, the rollback fails too; the insert's failure says why (say, the
    // database went away: a 503), so it is the one that propagates, with the rollback's attached.
    private static void rollbackToSavepoint(Handle h, UnableToExecuteStatementException cause) {
        try {
            h.rollbackToSavepoint(SAVEPOINT);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
