package dev.habits.application;

import dev.habits.application.port.CheckIns;
import dev.habits.application.port.Habits;
import dev.habits.domain.checkin.CheckInDay;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.user.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each habit's check-in days as read under its history tag, for stats and the today view, which
 * would otherwise read years of check-ins on every request. Exact on any number of nodes: a copy
 * is used only while the habit, read in the same request, still has the tag the copy was read
 * under, and every write of the habit's check-ins gives it a new one (see {@link Habits.Tagged}).
 * Days read after the tag may be newer than it, never older, so a copy is at worst a read that
 * happened a moment later.
 *
 * <p>A copy holds the days from some date on: the whole history (stats) or the today view's recent
 * weeks. Memory is bounded by the days kept over all copies.
 */
public final class RecentHistories {
    /** About 50 bytes a day (a record and its date): 200,000 days are some 10 MB. */
    public static final int DEFAULT_MAX_DAYS = 200_000;

    private final CheckIns checkIns;
    private final long maxDays;
    private final ConcurrentHashMap<HabitId, Copy> copies = new ConcurrentHashMap<>();
    private final AtomicLong keptDays = new AtomicLong();
    private final AtomicBoolean evicting = new AtomicBoolean();

    /** The days on or after {@code from} ({@link LocalDate#MIN} for the whole history), by date. */
    private record Copy(long tag, LocalDate from, List<CheckInDay> days) {
        boolean serves(Habits.Tagged habit, LocalDate since) {
            return tag == habit.historyTag() && !from.isAfter(since);
        }

        List<CheckInDay> since(LocalDate since) {
            if (!from.isBefore(since)) {
                return days;
            }
            int low = 0;
            int high = days.size();
            while (low < high) { // the first day on or after since
                int middle = (low + high) >>> 1;
                if (days.get(middle).date().isBefore(since)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return days.subList(low, days.size());
        }
    }

    /** Keeps at most {@code maxDays} days over all habits; 0 reads every history every time. */
    public RecentHistories(CheckIns checkIns, int maxDays) {
        this.checkIns = Objects.requireNonNull(checkIns, "checkIns");
        if (maxDays < 0) {
            throw new IllegalArgumentException("maxDays must not be negative");
        }
        this.maxDays = maxDays;
    }

    /** The habit's whole history, by date. */
    public List<CheckInDay> whole(UserId owner, Habits.Tagged habit) {
        HabitId id = habit.habit().id();
        Copy copy = copies.get(id);
        if (copy != null && copy.serves(habit, LocalDate.MIN)) {
            return copy.days();
        }
        List<CheckInDay> days = checkIns.daysOf(owner, id);
        keep(habit, LocalDate.MIN, days);
        return days;
    }

    /**
     * The days on or after {@code since} of each habit (all the owner's), by date, in the order of
     * {@code habits}; one query for every habit that has no copy under its tag. A list rather than a
     * map keyed by habit: the caller walks the habits in order anyway, and hashing ids per request
     * showed in profiles.
     */
    public List<List<CheckInDay>> since(UserId owner, List<Habits.Tagged> habits, LocalDate since) {
        List<List<CheckInDay>> result = new ArrayList<>(habits.size());
        boolean missing = false;
        for (Habits.Tagged habit : habits) {
            Copy copy = copies.get(habit.habit().id());
            boolean current = copy != null && copy.serves(habit, since);
            result.add(current ? copy.since(since) : null);
            missing |= !current;
        }
        if (missing) {
            Map<HabitId, List<CheckInDay>> read = checkIns.daysSince(owner, since);
            for (int i = 0; i < habits.size(); i++) {
                if (result.get(i) == null) {
                    Habits.Tagged habit = habits.get(i);
                    List<CheckInDay> days = read.getOrDefault(habit.habit().id(), List.of());
                    keep(habit, since, days);
                    result.set(i, days);
                }
            }
        }
        return result;
    }

    /** False when this keeps nothing: then what is made from histories is not kept either. */
    public boolean keepsAny() {
        return maxDays > 0;
    }

    long keptDays() {
        return keptDays.get();
    }

    private void keep(Habits.Tagged habit, LocalDate from, List<CheckInDay> days) {
        if (maxDays == 0 || !habit.tagged() || days.size() > maxDays) {
            return;
        }
        Copy copy = new Copy(habit.historyTag(), from, List.copyOf(days));
        copies.compute(habit.habit().id(), (id, old) -> {
            if (old != null && old.tag() == copy.tag() && !old.from().isAfter(from)) {
                return old; // as current and at least as long
            }
            keptDays.addAndGet(copy.days().size() - (old == null ? 0 : old.days().size()));
            return copy;
        });
        if (keptDays.get() > maxDays) {
            evict();
        }
    }

    /** Drops copies, in no particular order, until a quarter of the room is free again. */
    private void evict() {
        if (!evicting.compareAndSet(false, true)) {
            return; // another request is at it
        }
        try {
            long target = maxDays * 3 / 4;
            for (HabitId id : copies.keySet()) {
                if (keptDays.get() <= target) {
                    return;
                }
                copies.computeIfPresent(id, (key, old) -> {
                    keptDays.addAndGet(-old.days().size());
                    return null;
                });
            }
        } finally {
            evicting.set(false);
        }
    }
}
