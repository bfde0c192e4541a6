package dev.habits.application.progress;

import dev.habits.application.port.Habits;
import dev.habits.domain.user.UserId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Each user's last today view with what it was made from: the date, the week start, and the active
 * habits as read with their history tags. The view is a function of those alone (what is due, what
 * was checked in and the streaks come from the habits and their check-ins, and every change to a
 * habit's check-ins gives it a new tag), so a request that reads the same gets the kept view instead
 * of rebuilding twenty habits' progress. Exact on any number of nodes, as {@link
 * dev.habits.application.RecentHistories} is: the request reads the habits and their tags first.
 */
final class RecentTodays {
    /** A view of 20 habits and its key are some 3 KB: 2,000 users are some 6 MB. */
    static final int DEFAULT_MAX_USERS = 2_000;

    private record Inputs(LocalDate date, DayOfWeek weekStart, List<Habits.Tagged> habits) {
    }

    private final KeptResults<UserId, Inputs, Today> kept;

    RecentTodays(int maxUsers) {
        this.kept = new KeptResults<>(maxUsers);
    }

    /** The kept view of exactly these inputs, or null. */
    Today find(UserId owner, LocalDate date, DayOfWeek weekStart, List<Habits.Tagged> habits) {
        return kept.find(owner, new Inputs(date, weekStart, habits));
    }

    /** Keeps the view unless a habit came untagged (a store without tags: nothing tells a change). */
    void keep(UserId owner, LocalDate date, DayOfWeek weekStart, List<Habits.Tagged> habits, Today today) {
        if (habits.stream().allMatch(Habits.Tagged::tagged)) {
            kept.keep(owner, new Inputs(date, weekStart, List.copyOf(habits)), today);
        }
    }

    int size() {
        return kept.size();
    }
}
