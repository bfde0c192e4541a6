package dev.habits.application.progress;

import dev.habits.application.port.Habits;
import dev.habits.domain.user.UserId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

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

    private record Kept(LocalDate date, DayOfWeek weekStart, List<Habits.Tagged> habits, Today today) {
        boolean madeFrom(LocalDate date, DayOfWeek weekStart, List<Habits.Tagged> habits) {
            return this.date.equals(date) && this.weekStart == weekStart && this.habits.equals(habits);
        }
    }

    private final int maxUsers;
    private final ConcurrentHashMap<UserId, Kept> kept = new ConcurrentHashMap<>();

    RecentTodays(int maxUsers) {
        if (maxUsers < 0) {
            throw new IllegalArgumentException("maxUsers must not be negative");
        }
        this.maxUsers = maxUsers;
    }

    /** The kept view of exactly these inputs, or null. */
    Today find(UserId owner, LocalDate date, DayOfWeek weekStart, List<Habits.Tagged> habits) {
        Kept last = kept.get(owner);
        return last != null && last.madeFrom(date, weekStart, habits) ? last.today() : null;
    }

    /** Keeps the view unless a habit came untagged (a store without tags: nothing tells a change). */
    void keep(UserId owner, LocalDate date, DayOfWeek weekStart, List<Habits.Tagged> habits, Today today) {
        if (maxUsers == 0 || !habits.stream().allMatch(Habits.Tagged::tagged)) {
            return;
        }
        if (kept.size() >= maxUsers && !kept.containsKey(owner)) {
            evictAQuarter();
        }
        kept.put(owner, new Kept(date, weekStart, List.copyOf(habits), today));
    }

    int size() {
        return kept.size();
    }

    /** In no particular order: a user whose view goes builds it again on the next request. */
    private void evictAQuarter() {
        int target = maxUsers * 3 / 4;
        for (UserId owner : kept.keySet()) {
            if (kept.size() <= target) {
                return;
            }
            kept.remove(owner);
        }
    }
}
