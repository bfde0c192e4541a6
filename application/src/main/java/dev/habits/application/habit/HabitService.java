package dev.habits.application.habit;

import dev.habits.application.RecentUsers;
import dev.habits.application.UnitOfWork;
import dev.habits.application.port.HabitFilter;
import dev.habits.application.port.Habits;
import dev.habits.application.port.IdGenerator;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creating, changing, ordering and retiring a user's habits. */
public final class HabitService {
    private final UnitOfWork work;
    private final RecentUsers users;
    private final Habits habits;
    private final IdGenerator ids;
    private final Clock clock;

    public HabitService(UnitOfWork work, RecentUsers users, Habits habits, IdGenerator ids, Clock clock) {
        this.work = Objects.requireNonNull(work, "work");
        this.users = Objects.requireNonNull(users, "users");
        this.habits = Objects.requireNonNull(habits, "habits");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds a habit at the end of the list; its start date defaults to the user's today. */
    public Habit create(UserId owner, HabitDraft draft) {
        return work.run(events -> {
            Instant now = clock.instant();
            LocalDate today = today(owner, now);
            LocalDate start = draft.startDate() != null ? draft.startDate() : today;
            Habit.requireStartWithinReach(start, today);
            requireNameFree(owner, draft.name(), null);
            Habit habit = new Habit(new HabitId(ids.newId()), owner, draft.name(), draft.description(), draft.color(),
                    draft.schedule(), start, null, habits.nextPosition(owner), now, now);
            habits.add(habit);
            events.accept(new DomainEvent.HabitCreated(owner, habit.id(), now));
            return habit;
        });
    }

    public List<Habit> list(UserId owner, HabitFilter filter) {
        return work.read(() -> habits.of(owner, filter));
    }

    public Habit get(UserId owner, HabitId id) {
        return work.read(() -> load(owner, id));
    }

    public Habit update(UserId owner, HabitId id, HabitChange change) {
        return work.run(events -> {
            Habit habit = load(owner, id);
            Instant now = clock.instant();
            Habit changed = change.applyTo(habit, now);
            if (changed == habit) {
                return habit;
            }
            if (!changed.startDate().equals(habit.startDate())) {
                Habit.requireStartWithinReach(changed.startDate(), today(owner, now));
            }
            if (!habit.archived() && !changed.name().sameAs(habit.name())) {
                requireNameFree(owner, changed.name(), id);
            }
            habits.update(changed);
            return changed;
        });
    }

    /** Archives the habit; archiving it again changes nothing. */
    public Habit archive(UserId owner, HabitId id) {
        return work.run(events -> {
            Habit habit = load(owner, id);
            if (habit.archived()) {
                return habit;
            }
            Instant now = clock.instant();
            Habit archived = habit.archive(now);
            habits.update(archived);
            events.accept(new DomainEvent.HabitArchived(owner, id, now));
            return archived;
        });
    }

    /** Brings an archived habit back at the end of the list, unless an active habit took its name. */
    public Habit unarchive(UserId owner, HabitId id) {
        return work.run(events -> {
            Habit habit = load(owner, id);
            if (!habit.archived()) {
                return habit;
            }
            requireNameFree(owner, habit.name(), id);
            Habit active = habit.unarchive(clock.instant(), habits.nextPosition(owner));
            habits.update(active);
            return active;
        });
    }

    /** Deletes the habit and its check-ins. */
    public void delete(UserId owner, HabitId id) {
        work.run(events -> {
            load(owner, id);
            habits.delete(owner, id);
            events.accept(new DomainEvent.HabitDeleted(owner, id, clock.instant()));
            return null;
        });
    }

    /** Puts the active habits in the given order, which must name each of them exactly once. */
    public List<Habit> reorder(UserId owner, List<HabitId> order) {
        if (order == null) {
            throw DomainException.invalid("habitIds", "is required");
        }
        return work.run(events -> {
            List<Habit> active = habits.of(owner, HabitFilter.ACTIVE);
            Map<HabitId, Habit> byId = active.stream().collect(Collectors.toMap(Habit::id, Function.identity()));
            Set<HabitId> seen = new HashSet<>();
            for (HabitId id : order) {
                if (!byId.containsKey(id) || !seen.add(id)) {
                    throw DomainException.invalid("habitIds", "must name every active habit exactly once");
                }
            }
            if (seen.size() != byId.size()) {
                throw DomainException.invalid("habitIds", "must name every active habit exactly once");
            }
            Instant now = clock.instant();
            List<Habit> reordered = new ArrayList<>(order.size());
            for (int position = 0; position < order.size(); position++) {
                Habit habit = byId.get(order.get(position));
                Habit moved = habit.atPosition(position, now);
                if (moved != habit) {
                    habits.update(moved);
                }
                reordered.add(moved);
            }
            return List.copyOf(reordered);
        });
    }

    private void requireNameFree(UserId owner, HabitName name, HabitId except) {
        if (habits.activeNameTaken(owner, name, except)) {
            throw DomainException.conflict("name", "An active habit is already named \"" + name.value() + "\"");
        }
    }

    private LocalDate today(UserId owner, Instant now) {
        return users.byId(owner)
                .orElseThrow(() -> DomainException.unauthenticated("Account no longer exists"))
                .settings().dateAt(now);
    }

    private Habit load(UserId owner, HabitId id) {
        return habits.byId(owner, id).orElseThrow(() -> DomainException.notFound("Habit"));
    }
}
