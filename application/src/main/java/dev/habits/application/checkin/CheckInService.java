package dev.habits.application.checkin;

import dev.habits.application.RecentUsers;
import dev.habits.application.UnitOfWork;
import dev.habits.application.port.CheckIns;
import dev.habits.application.port.Habits;
import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.shared.Validation;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** Recording, removing and listing the days of a habit. */
public final class CheckInService {
    /** The longest range one listing may ask for. */
    public static final int MAX_RANGE_DAYS = 366;
    /** How far back a listing goes when the client names no range. */
    public static final int DEFAULT_RANGE_DAYS = 90;

    private final UnitOfWork work;
    private final RecentUsers users;
    private final Habits habits;
    private final CheckIns checkIns;
    private final Clock clock;

    public CheckInService(UnitOfWork work, RecentUsers users, Habits habits, CheckIns checkIns, Clock clock) {
        this.work = Objects.requireNonNull(work, "work");
        this.users = Objects.requireNonNull(users, "users");
        this.habits = Objects.requireNonNull(habits, "habits");
        this.checkIns = Objects.requireNonNull(checkIns, "checkIns");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the day as done or skipped; recording the same again changes nothing. The day may not
     * lie after the user's today or before the habit's start, and the habit must be active.
     * The habit and the day are read first, in one read and without a transaction, so a repeat (a
     * client retrying its request, or ticking what is ticked) costs one statement; only a change
     * writes, as one save that is atomic by itself ({@link UnitOfWork#single}; the database adapter
     * commits it together with the saves of other requests that arrive meanwhile). That read takes no lock, as reads inside a transaction
     * took none either, and the save stores nothing for a habit deleted meanwhile (see
     * {@link CheckIns#save}).
     */
    public Recorded record(UserId owner, HabitId habitId, LocalDate date, CheckInStatus status, String note) {
        CheckInStatus validStatus = status == null ? CheckInStatus.DONE : status;
        String validNote = CheckIn.note(note);
        Instant now = clock.instant();
        CheckIn existing = work.read(() -> {
            User user = user(owner);
            CheckIns.HabitOnDay day = checkIns.habitOn(owner, habitId, date)
                    .orElseThrow(() -> DomainException.notFound("Habit"));
            if (date.isAfter(user.settings().dateAt(now))) {
                throw DomainException.invalid("date", "is after your today");
            }
            day.habit().requireTrackableOn(date);
            return day.checkIn();
        });
        if (existing != null && existing.sameAs(validStatus, validNote)) {
            return new Recorded(existing, false);
        }
        CheckIn checkIn = existing == null
                ? new CheckIn(habitId, date, validStatus, validNote, now, now)
                : existing.replacedBy(validStatus, validNote, now);
        return work.single(events -> {
            checkIns.save(owner, checkIn);
            events.accept(new DomainEvent.CheckInRecorded(owner, habitId, date, validStatus, now));
            return new Recorded(checkIn, existing == null);
        });
    }

    /** Removes the day's check-in; removing one that is not there is no error. */
    public void remove(UserId owner, HabitId habitId, LocalDate date) {
        work.run(events -> {
            habit(owner, habitId);
            if (checkIns.remove(owner, habitId, date)) {
                events.accept(new DomainEvent.CheckInRemoved(owner, habitId, date, clock.instant()));
            }
            return null;
        });
    }

    /** The habit's check-ins in {@code [from, to]}; both default to the last 90 days up to today. */
    public List<CheckIn> list(UserId owner, HabitId habitId, LocalDate from, LocalDate to) {
        return work.read(() -> {
            Habit habit = habit(owner, habitId);
            LocalDate today = user(owner).settings().dateAt(clock.instant());
            LocalDate end = to != null ? to : (from != null ? from.plusDays(DEFAULT_RANGE_DAYS - 1) : today);
            LocalDate start = from != null ? from : end.minusDays(DEFAULT_RANGE_DAYS - 1);
            requireRange(start, end, MAX_RANGE_DAYS);
            return checkIns.between(owner, habit.id(), start, end);
        });
    }

    /** Refuses a range that runs backwards or is longer than {@code maxDays} days. */
    public static void requireRange(LocalDate from, LocalDate to, int maxDays) {
        Validation validation = new Validation();
        if (to.isBefore(from)) {
            validation.reject("to", "must not be before from");
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
            validation.reject("to", "the range may span at most " + maxDays + " days");
        }
        validation.throwIfInvalid();
    }

    private User user(UserId owner) {
        return users.byId(owner).orElseThrow(() -> DomainException.unauthenticated("Account no longer exists"));
    }

    private Habit habit(UserId owner, HabitId id) {
        return habits.byId(owner, id).orElseThrow(() -> DomainException.notFound("Habit"));
    }
}
