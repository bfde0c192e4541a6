package dev.habits.application.progress;

import dev.habits.application.RecentHistories;
import dev.habits.application.RecentUsers;
import dev.habits.application.UnitOfWork;
import dev.habits.application.port.HabitFilter;
import dev.habits.application.port.Habits;
import dev.habits.domain.checkin.CheckInDay;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.progress.HabitProgress;
import dev.habits.domain.progress.HabitStats;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** Streaks, completion rates and the "today" view, read in the user's own days. */
public final class ProgressService {
    /**
     * How far back the today view reads: enough that almost every streak has a miss inside it, so one
     * query serves all habits; a longer unbroken run costs one more query for its habit.
     */
    private static final int RECENT_WEEKS = 8;

    private final UnitOfWork work;
    private final RecentUsers users;
    private final Habits habits;
    private final RecentHistories histories;
    private final Clock clock;
    /** A stats result and its key are some 300 bytes: 5,000 habits are some 1.5 MB. */
    static final int MAX_KEPT_STATS = 5_000;

    private final RecentTodays todays;
    /**
     * Each habit's last stats with what they were computed from: the habit under its history tag
     * (every check-in and edit gives a new one), the week start and the three dates. Three years of
     * a daily habit take longer to count than the request's query does to read the tag.
     */
    private final KeptResults<HabitId, StatsInputs, HabitStats> kept;

    private record StatsInputs(Habits.Tagged habit, DayOfWeek weekStart, LocalDate from, LocalDate to,
                               LocalDate today) {
    }

    public ProgressService(UnitOfWork work, RecentUsers users, Habits habits, RecentHistories histories, Clock clock) {
        this.work = Objects.requireNonNull(work, "work");
        this.users = Objects.requireNonNull(users, "users");
        this.habits = Objects.requireNonNull(habits, "habits");
        this.histories = Objects.requireNonNull(histories, "histories");
        this.clock = Objects.requireNonNull(clock, "clock");
        // A core told to keep no histories reads them on every request, and so builds every result anew.
        this.todays = new RecentTodays(histories.keepsAny() ? RecentTodays.DEFAULT_MAX_USERS : 0);
        this.kept = new KeptResults<>(histories.keepsAny() ? MAX_KEPT_STATS : 0);
    }

    /** Stats of a habit; {@code from} and {@code to} default to its start date and the user's today. */
    public HabitStats stats(UserId owner, HabitId habitId, LocalDate from, LocalDate to) {
        return work.read(() -> {
            User user = user(owner);
            Habits.Tagged tagged = habits.taggedById(owner, habitId)
                    .orElseThrow(() -> DomainException.notFound("Habit"));
            Habit habit = tagged.habit();
            LocalDate today = user.settings().dateAt(clock.instant());
            LocalDate start = from != null ? from : habit.startDate();
            LocalDate end = to != null ? to : today;
            // Only a range the client wrote can run backwards; defaults that cross (a habit starting
            // after today) just leave an empty period with nothing due.
            if (from != null && to != null && to.isBefore(from)) {
                throw DomainException.invalid("to", "the range must not run backwards");
            }
            StatsInputs inputs = new StatsInputs(tagged, user.settings().weekStart(), start, end, today);
            HabitStats stats = kept.find(habitId, inputs);
            if (stats == null) {
                List<CheckInDay> history = histories.whole(owner, tagged);
                stats = HabitProgress.of(habit, inputs.weekStart(), history).stats(start, end, today);
                if (tagged.tagged()) { // untagged, nothing would tell a change
                    kept.keep(habitId, inputs, stats);
                }
            }
            return stats;
        });
    }

    /** Every active habit on the user's today, due or not, in list order. */
    public Today today(UserId owner) {
        return work.read(() -> {
            User user = user(owner);
            LocalDate today = user.settings().dateAt(clock.instant());
            List<Habits.Tagged> active = habits.tagged(owner, HabitFilter.ACTIVE);
            DayOfWeek weekStart = user.settings().weekStart();
            Today kept = todays.find(owner, today, weekStart, active);
            if (kept != null) {
                return kept;
            }
            LocalDate since = today.minusWeeks(RECENT_WEEKS).with(TemporalAdjusters.previousOrSame(weekStart));
            List<List<CheckInDay>> recent = histories.since(owner, active, since);
            List<TodayEntry> entries = new ArrayList<>(active.size());
            for (int i = 0; i < active.size(); i++) {
                Habits.Tagged tagged = active.get(i);
                Habit habit = tagged.habit();
                List<CheckInDay> history = recent.get(i);
                HabitProgress progress = HabitProgress.of(habit, weekStart, history);
                entries.add(new TodayEntry(habit, progress.dueOn(today), progress.statusOn(today).orElse(null),
                        currentStreak(owner, tagged, weekStart, since, today, progress)));
            }
            Today view = new Today(today, entries);
            todays.keep(owner, today, weekStart, active, view);
            return view;
        });
    }

    /**
     * The current streak from the recent check-ins when a miss among them ends it (or they reach
     * back to the start); otherwise (a run longer than the window) from that one habit's whole history.
     */
    private int currentStreak(UserId owner, Habits.Tagged tagged, DayOfWeek weekStart, LocalDate since,
                              LocalDate today, HabitProgress recent) {
        OptionalInt known = recent.currentStreakSince(since, today);
        if (known.isPresent()) {
            return known.getAsInt();
        }
        return HabitProgress.of(tagged.habit(), weekStart, histories.whole(owner, tagged)).streaks(today).current();
    }

    private User user(UserId owner) {
        return users.byId(owner).orElseThrow(() -> DomainException.unauthenticated("Account no longer exists"));
    }
}
