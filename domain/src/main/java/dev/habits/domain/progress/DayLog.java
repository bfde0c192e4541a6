package dev.habits.domain.progress;

import dev.habits.domain.checkin.CheckInDay;
import java.util.Arrays;
import java.util.List;

/**
 * A habit's check-ins as ascending epoch days with a done flag each: what the day rules read,
 * kept in two arrays because years of history are read on every stats request.
 */
final class DayLog {
    private final long[] days;
    private final boolean[] done;

    private DayLog(long[] days, boolean[] done) {
        this.days = days;
        this.done = done;
    }

    /** The log of check-ins already sorted by date (at most one per day). */
    static DayLog of(List<CheckInDay> sorted) {
        long[] days = new long[sorted.size()];
        boolean[] done = new boolean[sorted.size()];
        for (int i = 0; i < days.length; i++) {
            CheckInDay checkIn = sorted.get(i);
            days[i] = checkIn.date().toEpochDay();
            done[i] = checkIn.done();
        }
        return new DayLog(days, done);
    }

    int size() {
        return days.length;
    }

    long day(int index) {
        return days[index];
    }

    boolean done(int index) {
        return done[index];
    }

    /** The index of the first check-in on or after {@code day}, or {@link #size()} when none. */
    int firstAtOrAfter(long day) {
        int found = Arrays.binarySearch(days, day);
        return found >= 0 ? found : -found - 1;
    }
}
