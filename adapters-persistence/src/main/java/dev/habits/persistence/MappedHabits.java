package dev.habits.persistence;

import dev.habits.application.port.Habits;
import dev.habits.domain.habit.Color;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The habits this node has mapped from their rows, each under the tag its row had then. Every write
 * of a habit's row or of its check-ins gives the row a new random tag (V5), so a copy whose tag the
 * database still shows is that row, on every node. A read then takes each row's id and tag and
 * maps only rows it has not seen under that tag: mapping twenty rows (fourteen columns, three
 * instants, a validated name and colour each) was a fifth of the today view's CPU. A list reads
 * the ids and tags alone first, and a check-in that retags a row this node holds a current copy
 * of carries the copy over to the new tag.
 * Bounded: past {@code max} entries, it drops entries until three quarters are left.
 */
final class MappedHabits {
    /** About 20 habits for each of 1,000 users; a habit's copy takes well under a kilobyte. */
    static final int DEFAULT_MAX = 20_000;

    private final int max;
    private final ConcurrentHashMap<UUID, Habits.Tagged> byId = new ConcurrentHashMap<>();

    MappedHabits(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        this.max = max;
    }

    /**
     * A new tag for a habit's row: random, so a rolled-back write or a database restored from a
     * backup cannot bring back a tag with other content behind it; never {@code UNTAGGED}.
     */
    static long freshTag() {
        long tag;
        do {
            tag = ThreadLocalRandom.current().nextLong();
        } while (tag == Habits.Tagged.UNTAGGED);
        return tag;
    }

    /** The copy of habit {@code id} mapped under {@code tag}, or null when there is none. */
    Habits.Tagged get(UUID id, long tag) {
        Habits.Tagged copy = byId.get(id);
        return copy != null && copy.historyTag() == tag ? copy : null;
    }

    /** The copy of habit {@code id} under whatever tag it was mapped, or null when there is none. */
    Habits.Tagged any(UUID id) {
        return byId.get(id);
    }

    /**
     * The copy of the habit row at the cursor, which starts with {@link JdbiHabits#COLUMNS} under
     * their own names: this node's copy when it has one under the row's tag, else the row mapped
     * and kept.
     */
    Habits.Tagged fromRow(ResultSet rs) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        long tag = rs.getLong(2);
        Habits.Tagged copy = get(id, tag);
        if (copy == null) {
            copy = new Habits.Tagged(habit(id, rs), tag);
            put(copy);
        }
        return copy;
    }

    /**
     * The habit row at the cursor (as {@link #fromRow} reads it) just written under a new tag: this
     * node's copy, when it equals the row, is kept under that tag as the same instance.
     */
    Habits.Tagged retagged(ResultSet rs) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        Habit row = habit(id, rs);
        Habits.Tagged copy = byId.get(id);
        Habits.Tagged current = new Habits.Tagged(copy != null && copy.habit().equals(row) ? copy.habit() : row,
                rs.getLong(2));
        put(current);
        return current;
    }

    private static Habit habit(UUID id, ResultSet rs) throws SQLException {
        ScheduleColumns schedule = new ScheduleColumns(rs.getString("schedule_type"),
                rs.getObject("schedule_days", Integer.class),
                rs.getObject("schedule_times", Integer.class));
        return new Habit(new HabitId(id), new UserId(Sql.uuid(rs, "user_id")),
                new HabitName(rs.getString("name")), rs.getString("description"), new Color(rs.getString("color")),
                schedule.toSchedule(), Sql.localDate(rs, "start_date"), Sql.instant(rs, "archived_at"),
                rs.getInt("position"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }

    void put(Habits.Tagged habit) {
        if (max == 0) {
            return;
        }
        byId.put(habit.habit().id().value(), habit);
        if (byId.size() > max) {
            Iterator<UUID> ids = byId.keySet().iterator();
            while (byId.size() > max * 3 / 4 && ids.hasNext()) {
                ids.next();
                ids.remove();
            }
        }
    }

    int size() {
        return byId.size();
    }
}
