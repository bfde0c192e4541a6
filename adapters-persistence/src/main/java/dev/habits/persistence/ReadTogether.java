package dev.habits.persistence;

import dev.habits.application.port.CheckIns.HabitOnDay;
import dev.habits.application.port.Habits;
import dev.habits.domain.user.UserId;
import dev.habits.persistence.JdbiCheckIns.DayKey;
import dev.habits.persistence.JdbiHabits.HabitKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The reads of several requests on PostgreSQL, each kind as one statement ({@link Batches} gathers
 * them). Each request's own read is one round trip too, and on two shared cores that trip (the
 * driver, the pool, a backend process woken and put back to sleep, the kernel's sockets on both
 * sides) cost more than the query: reading the habit lists of the requests that arrived together
 * in one statement served 1.5 times the list and today requests (bench/pair.sh, PostgreSQL). The
 * keys go in as arrays, so each kind is one statement text, prepared once per connection.
 * Every row is matched back to the key that asked for it, and a key no row answers gets nothing, as
 * its own read would.
 */
final class ReadTogether {
    /** The most reads one statement takes: more than the requests that can wait at once on a busy node. */
    static final int MAX_BATCH = 64;
    static final String HABITS_OF = "SELECT user_id, id, history_tag FROM habits WHERE user_id = ANY(:owners)";
    static final String HABITS_OF_ORDER = " ORDER BY user_id, " + JdbiHabits.LIST_ORDER_COLUMNS;
    static final String BY_ID = "SELECT h." + JdbiHabits.COLUMNS.replace(", ", ", h.")
            + " FROM unnest(:owners, :ids) AS k(owner, id) JOIN habits h ON h.user_id = k.owner AND h.id = k.id";
    // the day's key as text: pgjdbc has no array type for LocalDate, and text casts to a date exactly;
    // DATE ARRAY is the standard spelling, which H2 reads too (the contract runs there without PostgreSQL)
    static final String ON_DAYS = "SELECT " + CheckInRows.HABIT_AND_DAY_COLUMNS + ", k.n"
            + " FROM unnest(:owners, :habits, CAST(:days AS DATE ARRAY)) WITH ORDINALITY AS k(owner, habit, on_day, n)"
            + " JOIN habits h ON h.user_id = k.owner AND h.id = k.habit"
            + " LEFT JOIN check_ins c ON c.user_id = h.user_id AND c.habit_id = h.id AND c.check_date = k.on_day";
    /** The column of {@code k.n} in {@link #ON_DAYS}: after the habit's fifteen and the day's four. */
    private static final int ON_DAYS_KEY = 20;

    private ReadTogether() {
    }

    /**
     * Each owner's habits that {@code which} selects, in list order, as this node's copies; null for
     * an owner one of whose rows this node has no copy of under the row's tag (its caller reads its
     * list whole, as {@link JdbiHabits#tagged} does).
     */
    static List<List<Habits.Tagged>> habitsOf(Handle h, List<UserId> owners, String which, MappedHabits mapped) {
        Map<UUID, List<Habits.Tagged>> byOwner = new HashMap<>();
        Set<UUID> unmapped = new HashSet<>();
        UUID[] ids = new UUID[owners.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = owners.get(i).value();
            byOwner.put(ids[i], new ArrayList<>());
        }
        h.createQuery(HABITS_OF + which + HABITS_OF_ORDER)
                .bindArray("owners", UUID.class, (Object[]) ids)
                .scanResultSet((rows, context) -> {
                    ResultSet rs = rows.get();
                    while (rs.next()) {
                        UUID owner = rs.getObject(1, UUID.class);
                        Habits.Tagged copy = mapped.get(rs.getObject(2, UUID.class), rs.getLong(3));
                        if (copy == null) {
                            unmapped.add(owner);
                        } else {
                            byOwner.get(owner).add(copy);
                        }
                    }
                    return null;
                });
        List<List<Habits.Tagged>> lists = new ArrayList<>(ids.length);
        for (UUID owner : ids) {
            lists.add(unmapped.contains(owner) ? null : List.copyOf(byOwner.get(owner)));
        }
        return lists;
    }

    /** The habit each key names, when its owner has it. */
    static List<Optional<Habits.Tagged>> habitsById(Handle h, List<HabitKey> keys, MappedHabits mapped) {
        UUID[] owners = new UUID[keys.size()];
        UUID[] ids = new UUID[keys.size()];
        for (int i = 0; i < owners.length; i++) {
            owners[i] = keys.get(i).owner().value();
            ids[i] = keys.get(i).id().value();
        }
        Map<HabitKey, Habits.Tagged> found = new HashMap<>();
        h.createQuery(BY_ID)
                .bindArray("owners", UUID.class, (Object[]) owners)
                .bindArray("ids", UUID.class, (Object[]) ids)
                .scanResultSet((rows, context) -> {
                    ResultSet rs = rows.get();
                    while (rs.next()) {
                        Habits.Tagged habit = mapped.fromRow(rs);
                        found.put(new HabitKey(habit.habit().userId(), habit.habit().id()), habit);
                    }
                    return null;
                });
        List<Optional<Habits.Tagged>> habits = new ArrayList<>(keys.size());
        for (HabitKey key : keys) {
            habits.add(Optional.ofNullable(found.get(key)));
        }
        return habits;
    }

    /** The habit each key names, when its owner has it, with the check-in of the key's day (null for none). */
    static List<Optional<HabitOnDay>> habitsOnDays(Handle h, List<DayKey> keys, MappedHabits mapped) {
        UUID[] owners = new UUID[keys.size()];
        UUID[] habits = new UUID[keys.size()];
        String[] days = new String[keys.size()];
        for (int i = 0; i < owners.length; i++) {
            owners[i] = keys.get(i).owner().value();
            habits[i] = keys.get(i).habit().value();
            days[i] = keys.get(i).date().toString();
        }
        List<Optional<HabitOnDay>> found = new ArrayList<>(keys.size());
        for (int i = 0; i < owners.length; i++) {
            found.add(Optional.empty());
        }
        h.createQuery(ON_DAYS)
                .bindArray("owners", UUID.class, (Object[]) owners)
                .bindArray("habits", UUID.class, (Object[]) habits)
                .bindArray("days", String.class, (Object[]) days)
                .scanResultSet((rows, context) -> {
                    ResultSet rs = rows.get();
                    while (rs.next()) {
                        int index = rs.getInt(ON_DAYS_KEY) - 1;
                        found.set(index, Optional.of(onDay(rs, keys.get(index), mapped)));
                    }
                    return null;
                });
        return found;
    }

    private static HabitOnDay onDay(ResultSet rs, DayKey key, MappedHabits mapped) throws SQLException {
        return new HabitOnDay(mapped.fromRow(rs).habit(), CheckInRows.dayAfterHabit(rs, key.habit(), key.date()));
    }
}
