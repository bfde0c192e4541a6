package dev.habits.persistence;

import dev.habits.application.port.CheckIns;
import dev.habits.application.port.Habits;
import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInDay;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/** {@link CheckIns} in the {@code check_ins} table, keyed by owner, habit and day. */
final class JdbiCheckIns implements CheckIns {
    private static final String HABIT_ON_DAY = "SELECT " + CheckInRows.HABIT_AND_DAY_COLUMNS
            + " FROM habits h LEFT JOIN check_ins c ON c.user_id = h.user_id "
            + "AND c.habit_id = h.id AND c.check_date = :date WHERE h.user_id = :owner AND h.id = :habit";
    private static final String RETAG = "UPDATE habits SET history_tag = :tag WHERE user_id = :owner AND id = :habit";
    /**
     * The whole save on PostgreSQL as one statement: the retag, returning the habit's row as it now
     * is (the row lock it takes lines up concurrent writers of the habit's days), and the upsert of
     * the day from that row: nothing for a habit the owner does not have.
     */
    private static final String SAVE_RETAGGED = "WITH tagged AS (" + RETAG + " RETURNING " + JdbiHabits.COLUMNS
            + "), saved AS (INSERT INTO check_ins (user_id, " + CheckInRows.COLUMNS + ") "
            + "SELECT " + CheckInRows.ROW_VALUES + " FROM tagged "
            + "ON CONFLICT (user_id, habit_id, check_date) DO UPDATE SET status = EXCLUDED.status, "
            + "note = EXCLUDED.note, updated_at = EXCLUDED.updated_at) SELECT * FROM tagged";
    // Each lost insert race is followed by an update that cannot lose; more rounds only if the winner rolled back.
    private static final int MAX_ROUNDS = 5;
    /** The most saves one batch writes: more than a pool's worth of requests rarely wait at once. */
    static final int MAX_BATCH = 32;

    private final Jdbi jdbi;
    private final boolean upsert;
    private final MappedHabits mapped;
    /** Saves made outside a caller's handle, committed together with those that arrive with them. */
    private final Batches<PendingSave, Void> saves;
    /** On PostgreSQL, reads of a habit and its day made outside a caller's handle; null on H2. */
    private final Batches<DayKey, Optional<HabitOnDay>> habitsOnDays;

    /**
     * {@code postgres}: the database runs {@code INSERT … ON CONFLICT DO UPDATE} (H2 does not), and
     * reads of several requests go together ({@link ReadTogether}; on H2, in the same process, a
     * batch costs more than it saves).
     */
    JdbiCheckIns(Jdbi jdbi, boolean postgres, MappedHabits mapped) {
        this.jdbi = jdbi;
        this.upsert = postgres;
        this.mapped = mapped;
        this.saves = new Batches<>(MAX_BATCH, ConnectionPool.BATCH_QUEUE_WAIT, batch -> {
            saveTogether(batch);
            return null;
        }, save -> {
            jdbi.useHandle(h -> saveNow(h, save.owner(), save.checkIn()));
            return null;
        }, Database::isOutage);
        this.habitsOnDays = postgres ? new Batches<>(ReadTogether.MAX_BATCH, ConnectionPool.BATCH_QUEUE_WAIT,
                this::habitsOnDaysTogether, key -> habitOnNow(key.owner(), key.habit(), key.date()), Database::isOutage)
                : null;
    }

    /** Several requests' habits and days in one statement: the batch reader of {@link #habitsOnDays}. */
    List<Optional<HabitOnDay>> habitsOnDaysTogether(List<DayKey> keys) {
        return jdbi.withHandle(h -> ReadTogether.habitsOnDays(h, keys, mapped));
    }

    /** A save waiting for its batch. */
    record PendingSave(UserId owner, CheckIn checkIn) {
    }

    /** A habit and one of its days, as an owner names them. */
    record DayKey(UserId owner, HabitId habit, LocalDate date) {
    }

    /**
     * One statement: the habit's row (mapped only when this node has no copy under its tag) and the
     * day's check-in beside it, through the check-ins' key.
     */
    @Override
    public Optional<HabitOnDay> habitOn(UserId owner, HabitId habit, LocalDate date) {
        if (habitsOnDays != null && jdbi.getHandleScope().get() == null) {
            return habitsOnDays.call(new DayKey(owner, habit, date));
        }
        return habitOnNow(owner, habit, date);
    }

    private Optional<HabitOnDay> habitOnNow(UserId owner, HabitId habit, LocalDate date) {
        return jdbi.withHandle(h -> h.createQuery(HABIT_ON_DAY)
                .bind("owner", Sql.uuid(owner.value()))
                .bind("habit", Sql.uuid(habit.value()))
                .bind("date", Sql.date(date))
                .map((rs, context) -> new HabitOnDay(mapped.fromRow(rs).habit(), CheckInRows.dayAfterHabit(rs, habit, date)))
                .findOne());
    }

    /**
     * Atomic by itself, inside a transaction or outside one. On PostgreSQL one statement: the
     * retag and an {@code INSERT … ON CONFLICT DO UPDATE} (see {@link #SAVE_RETAGGED}). On H2, in a
     * transaction (its own when none is open): the retag, then update, else insert, else (another
     * writer inserted first) update again, where concurrent writers of one day all succeed and leave
     * one row. A habit the owner does not have gets no check-in: the insert selects the habit by
     * owner. Called with no handle open on the thread (as {@link JdbiTransactions#single} calls
     * it), the save is committed together with the others that arrive meanwhile ({@link Batches}):
     * one statement on PostgreSQL, one transaction on H2, and returns once that has committed.
     */
    @Override
    public void save(UserId owner, CheckIn checkIn) {
        if (jdbi.getHandleScope().get() == null) {
            saves.call(new PendingSave(owner, checkIn));
        } else {
            jdbi.useHandle(h -> saveNow(h, owner, checkIn));
        }
    }

    private void saveNow(Handle h, UserId owner, CheckIn checkIn) {
        if (upsert) {
            saveRetagged(h, owner, checkIn);
        } else if (h.isInTransaction()) {
            retagAndWrite(h, owner, checkIn);
        } else {
            h.useTransaction(inTransaction -> retagAndWrite(inTransaction, owner, checkIn));
        }
    }

    /** Writes several saves that waited together, atomically: the batch writer of {@link #saves}. */
    void saveTogether(List<PendingSave> batch) {
        if (upsert) {
            saveAllRetagged(batch);
        } else {
            saveAllInTransaction(batch);
        }
    }

    /** A batch on H2: each save as {@link #save} writes it, all in one transaction and one commit. */
    private void saveAllInTransaction(List<PendingSave> batch) {
        jdbi.useTransaction(h -> batch.forEach(save -> retagAndWrite(h, save.owner(), save.checkIn())));
    }

    /**
     * A batch on PostgreSQL in one statement (see {@link SavedTogether}); the habits' rows it returns
     * carry this node's copies over to their new tags, as {@link #saveRetagged} does for one save.
     */
    private void saveAllRetagged(List<PendingSave> batch) {
        List<PendingSave> saves = SavedTogether.lastOfEachDay(batch);
        jdbi.useHandle(h -> {
            if (saves.size() == 1) {
                saveRetagged(h, saves.get(0).owner(), saves.get(0).checkIn());
            } else {
                SavedTogether.bind(h, saves).map((rs, context) -> mapped.retagged(rs)).list();
            }
        });
    }

    private void retagAndWrite(Handle h, UserId owner, CheckIn checkIn) {
        retag(h, owner, checkIn.habitId());
        for (int round = 1; ; round++) {
            if (CheckInRows.update(h, owner, checkIn) > 0) {
                return;
            }
            try {
                CheckInRows.insert(h, owner, checkIn);
                return;
            } catch (UnableToExecuteStatementException e) {
                if (!Sql.isUniqueViolation(e) || round == MAX_ROUNDS) {
                    throw e;
                }
            }
        }
    }

    /**
     * The save on PostgreSQL, atomic as one statement (in auto-commit, or joining the transaction
     * that is open). The returned row is the habit as it is now; when it equals this node's copy,
     * the copy (the same instance, whose JSON the HTTP adapter keeps) stands under the new tag.
     * Without a transaction a changed day costs one round trip where it cost three: the retag with
     * {@code BEGIN}, the upsert, {@code COMMIT} (bench/pair.sh, PostgreSQL check-ins: 1.149×). As
     * with {@link #retag}, a copy kept under a tag that a rollback took back is never used.
     */
    private void saveRetagged(Handle h, UserId owner, CheckIn checkIn) {
        long tag = MappedHabits.freshTag();
        CheckInRows.bindRow(h.createQuery(SAVE_RETAGGED), owner, checkIn).bind("tag", tag)
                .map((rs, context) -> mapped.retagged(rs))
                .findOne();
    }

    @Override
    public boolean remove(UserId owner, HabitId habit, LocalDate date) {
        return jdbi.withHandle(h -> {
            boolean removed = h.createUpdate("DELETE FROM check_ins "
                            + "WHERE user_id = :owner AND habit_id = :habit AND check_date = :date")
                    .bind("owner", Sql.uuid(owner.value()))
                    .bind("habit", Sql.uuid(habit.value()))
                    .bind("date", Sql.date(date))
                    .execute() > 0;
            if (removed) {
                retag(h, owner, habit);
            }
            return removed;
        });
    }

    /**
     * Gives the habit a new history tag (see {@link dev.habits.application.port.Habits.Tagged} and
     * {@link MappedHabits#freshTag}). Inside a transaction the save does this first, so the habit's row lock
     * also lines up concurrent writers of its days. When this node has a copy of the habit and the
     * row still has that copy's tag, the copy now stands for the row under the new tag: a
     * check-in changes the history, not the habit. Were the transaction rolled back, the new tag
     * would never be seen in the database, so the copy under it is never used.
     */
    private void retag(Handle h, UserId owner, HabitId habit) {
        long tag = MappedHabits.freshTag();
        Habits.Tagged copy = mapped.any(habit.value());
        if (copy != null && tagUpdate(h, RETAG + " AND history_tag = :old", owner, habit, tag)
                .bind("old", copy.historyTag())
                .execute() > 0) {
            mapped.put(new Habits.Tagged(copy.habit(), tag));
        } else {
            tagUpdate(h, RETAG, owner, habit, tag).execute();
        }
    }

    private static Update tagUpdate(Handle h, String sql, UserId owner, HabitId habit, long tag) {
        return h.createUpdate(sql)
                .bind("tag", tag)
                .bind("owner", Sql.uuid(owner.value()))
                .bind("habit", Sql.uuid(habit.value()));
    }

    @Override
    public List<CheckIn> between(UserId owner, HabitId habit, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + CheckInRows.COLUMNS + " FROM check_ins WHERE user_id = :owner "
                        + "AND habit_id = :habit AND check_date BETWEEN :from AND :to ORDER BY check_date")
                .bind("owner", Sql.uuid(owner.value()))
                .bind("habit", Sql.uuid(habit.value()))
                .bind("from", Sql.date(from))
                .bind("to", Sql.date(to))
                .map((rs, context) -> CheckInRows.checkIn(rs))
                .list());
    }

    @Override
    public List<CheckInDay> daysOf(UserId owner, HabitId habit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT check_date, status FROM check_ins "
                        + "WHERE user_id = :owner AND habit_id = :habit ORDER BY check_date")
                .bind("owner", Sql.uuid(owner.value()))
                .bind("habit", Sql.uuid(habit.value()))
                .map((rs, context) -> CheckInRows.day(rs, 1))
                .list());
    }

    @Override
    public Map<HabitId, List<CheckInDay>> daysSince(UserId owner, LocalDate since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT habit_id, check_date, status FROM check_ins "
                        + "WHERE user_id = :owner AND check_date >= :since ORDER BY habit_id, check_date")
                .bind("owner", Sql.uuid(owner.value()))
                .bind("since", Sql.date(since))
                .scanResultSet((results, context) -> CheckInRows.byHabit(results.get(), rs -> CheckInRows.day(rs, 2))));
    }

    @Override
    public Map<HabitId, List<CheckIn>> historiesOf(UserId owner) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + CheckInRows.COLUMNS + " FROM check_ins "
                        + "WHERE user_id = :owner ORDER BY habit_id, check_date")
                .bind("owner", Sql.uuid(owner.value()))
                .scanResultSet((results, context) -> CheckInRows.byHabit(results.get(), CheckInRows::checkIn)));
    }









}
