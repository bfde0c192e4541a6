package dev.habits.persistence;

import dev.habits.application.port.HabitFilter;
import dev.habits.application.port.Habits;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** {@link Habits} in the {@code habits} table; every statement names the owner. */
final class JdbiHabits implements Habits {
    // id and history_tag first: a row this node has already mapped under its tag is read no further
    static final String COLUMNS = "id, history_tag, user_id, name, active_name_key, description, color, "
            + "schedule_type, schedule_days, schedule_times, start_date, archived_at, position, created_at, updated_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM habits WHERE user_id = :owner";
    private static final String KEYS = "SELECT id, history_tag FROM habits WHERE user_id = :owner";
    private static final String ACTIVE_NAME_KEY = "habits_active_name_key";
    static final String LIST_ORDER_COLUMNS = "position, created_at DESC, id";
    private static final String LIST_ORDER = " ORDER BY " + LIST_ORDER_COLUMNS;

    private final Jdbi jdbi;
    private final MappedHabits mapped;
    /** On PostgreSQL, the reads made outside a caller's handle, by filter and by id ({@link ReadTogether}). */
    private final Map<HabitFilter, Batches<UserId, List<Habits.Tagged>>> lists;
    private final Batches<HabitKey, Optional<Habits.Tagged>> byIds;

    /** {@code together}: reads of several requests go together (PostgreSQL; see {@link ReadTogether}). */
    JdbiHabits(Jdbi jdbi, MappedHabits mapped, boolean together) {
        this.jdbi = jdbi;
        this.mapped = mapped;
        this.lists = new EnumMap<>(HabitFilter.class);
        if (together) {
            for (HabitFilter filter : HabitFilter.values()) {
                lists.put(filter, new Batches<>(ReadTogether.MAX_BATCH, ConnectionPool.BATCH_QUEUE_WAIT,
                        owners -> taggedTogether(owners, filter), owner -> taggedNow(owner, filter),
                        Database::isOutage));
            }
        }
        this.byIds = together ? new Batches<>(ReadTogether.MAX_BATCH, ConnectionPool.BATCH_QUEUE_WAIT,
                this::byIdsTogether, key -> taggedByIdNow(key.owner(), key.id()), Database::isOutage) : null;
    }

    /** Several requests' lists in one statement: the batch reader of {@link #lists}; null for an owner not all mapped. */
    List<List<Habits.Tagged>> taggedTogether(List<UserId> owners, HabitFilter filter) {
        return jdbi.withHandle(h -> ReadTogether.habitsOf(h, owners, which(filter), mapped));
    }

    /** Several requests' habits in one statement: the batch reader of {@link #byIds}. */
    List<Optional<Habits.Tagged>> byIdsTogether(List<HabitKey> keys) {
        return jdbi.withHandle(h -> ReadTogether.habitsById(h, keys, mapped));
    }

    /** A habit as its owner names it. */
    record HabitKey(UserId owner, HabitId id) {
    }

    @Override
    public Optional<Habit> byId(UserId owner, HabitId id) {
        return taggedById(owner, id).map(Habits.Tagged::habit);
    }

    /** Whether a read goes with those of other requests: with batches and outside a caller's handle. */
    private boolean together(Object batches) {
        return batches != null && jdbi.getHandleScope().get() == null;
    }

    @Override
    public List<Habit> of(UserId owner, HabitFilter filter) {
        List<Habits.Tagged> tagged = tagged(owner, filter);
        List<Habit> habits = new ArrayList<>(tagged.size());
        for (Habits.Tagged habit : tagged) {
            habits.add(habit.habit());
        }
        return habits;
    }

    @Override
    public Optional<Habits.Tagged> taggedById(UserId owner, HabitId id) {
        if (together(byIds)) {
            return byIds.call(new HabitKey(owner, id));
        }
        return taggedByIdNow(owner, id);
    }

    private Optional<Habits.Tagged> taggedByIdNow(UserId owner, HabitId id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " AND id = :id")
                .bind("owner", Sql.uuid(owner.value()))
                .bind("id", Sql.uuid(id.value()))
                .map((rs, context) -> mapped.fromRow(rs))
                .findOne());
    }

    /**
     * Ids and tags first: when this node has mapped every row under its tag, as it has for a list
     * read again, the database sends two columns a row instead of fifteen. Otherwise every column
     * is read, in a second query. On PostgreSQL the first query is shared with the lists other
     * requests read meanwhile.
     */
    @Override
    public List<Habits.Tagged> tagged(UserId owner, HabitFilter filter) {
        Batches<UserId, List<Habits.Tagged>> batches = lists.get(filter);
        if (together(batches)) {
            List<Habits.Tagged> known = batches.call(owner);
            return known != null ? known : jdbi.withHandle(h -> whole(h, owner, filter));
        }
        return taggedNow(owner, filter);
    }

    private List<Habits.Tagged> taggedNow(UserId owner, HabitFilter filter) {
        return jdbi.withHandle(h -> {
            List<Habits.Tagged> known = h.createQuery(KEYS + which(filter) + LIST_ORDER)
                    .bind("owner", Sql.uuid(owner.value()))
                    .scanResultSet((rows, context) -> mappedCopies(rows.get()));
            return known != null ? known : whole(h, owner, filter);
        });
    }

    private List<Habits.Tagged> whole(Handle h, UserId owner, HabitFilter filter) {
        return h.createQuery(SELECT + which(filter) + LIST_ORDER)
                .bind("owner", Sql.uuid(owner.value()))
                .map((rs, context) -> mapped.fromRow(rs))
                .list();
    }

    /** The copy of every row under its tag, in order, or null when a row has none. */
    private List<Habits.Tagged> mappedCopies(ResultSet keys) throws SQLException {
        List<Habits.Tagged> copies = new ArrayList<>();
        while (keys.next()) {
            Habits.Tagged copy = mapped.get(keys.getObject(1, UUID.class), keys.getLong(2));
            if (copy == null) {
                return null;
            }
            copies.add(copy);
        }
        return copies;
    }

    /** The condition that selects a filter's habits, to follow {@code WHERE user_id = …}. */
    static String which(HabitFilter filter) {
        return switch (filter) {
            case ACTIVE -> " AND archived_at IS NULL";
            case ARCHIVED -> " AND archived_at IS NOT NULL";
            case ALL -> "";
        };
    }

    @Override
    public boolean activeNameTaken(UserId owner, HabitName name, HabitId except) {
        // Two statements rather than ":except IS NULL OR …": PostgreSQL cannot type an untyped null.
        String sql = "SELECT COUNT(*) FROM habits WHERE user_id = :owner AND active_name_key = :key"
                + (except == null ? "" : " AND id <> :except");
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql)
                    .bind("owner", Sql.uuid(owner.value()))
                    .bind("key", name.key());
            if (except != null) {
                query.bind("except", Sql.uuid(except.value()));
            }
            return query.mapTo(Long.class).one() > 0;
        });
    }

    @Override
    public int nextPosition(UserId owner) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COALESCE(MAX(position) + 1, 0) FROM habits WHERE user_id = :owner AND archived_at IS NULL")
                .bind("owner", Sql.uuid(owner.value()))
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void add(Habit habit) {
        guardingName(habit, () -> jdbi.useHandle(h -> bindAll(h.createUpdate("INSERT INTO habits (" + COLUMNS
                + ") VALUES (:id, :tag, :owner, :name, :activeNameKey, :description, :color, :scheduleType, "
                + ":scheduleDays, :scheduleTimes, :startDate, :archivedAt, :position, :createdAt, :updatedAt)"), habit)
                .execute()));
    }

    @Override
    public void update(Habit habit) {
        guardingName(habit, () -> jdbi.useHandle(h -> bindAll(h.createUpdate("UPDATE habits SET name = :name, "
                + "active_name_key = :activeNameKey, description = :description, color = :color, "
                + "schedule_type = :scheduleType, schedule_days = :scheduleDays, schedule_times = :scheduleTimes, "
                + "start_date = :startDate, archived_at = :archivedAt, position = :position, updated_at = :updatedAt, "
                + "history_tag = :tag "
                + "WHERE user_id = :owner AND id = :id"), habit).execute()));
    }

    /** The habit's check-ins go with it through ON DELETE CASCADE. */
    @Override
    public void delete(UserId owner, HabitId id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM habits WHERE user_id = :owner AND id = :id")
                .bind("owner", Sql.uuid(owner.value()))
                .bind("id", Sql.uuid(id.value()))
                .execute());
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, Habit habit) {
        ScheduleColumns schedule = ScheduleColumns.of(habit.schedule());
        return statement
                .bind("tag", MappedHabits.freshTag()) // every write of the row gives it a new tag
                .bind("owner", Sql.uuid(habit.userId().value()))
                .bind("id", Sql.uuid(habit.id().value()))
                .bind("name", habit.name().value())
                .bind("activeNameKey", habit.archived() ? null : habit.name().key())
                .bind("description", habit.description())
                .bind("color", habit.color().value())
                .bind("scheduleType", schedule.type())
                .bind("scheduleDays", schedule.days())
                .bind("scheduleTimes", schedule.times())
                .bind("startDate", Sql.date(habit.startDate()))
                .bind("archivedAt", Sql.timestamp(habit.archivedAt()))
                .bind("position", habit.position())
                .bind("createdAt", Sql.timestamp(habit.createdAt()))
                .bind("updatedAt", Sql.timestamp(habit.updatedAt()));
    }

    private static void guardingName(Habit habit, Runnable write) {
        try {
            write.run();
        } catch (UnableToExecuteStatementException e) {
            if (Sql.violates(e, ACTIVE_NAME_KEY)) {
                throw DomainException.conflict("name", "An active habit is already named \"" + habit.name() + "\"");
            }
            throw e;
        }
    }
}
