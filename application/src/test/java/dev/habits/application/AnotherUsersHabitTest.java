package dev.habits.application;

import static dev.habits.application.fixtures.Refusals.assertRefused;
import static dev.habits.application.fixtures.TrackerStory.day;
import static dev.habits.domain.shared.DomainException.Reason.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.fixtures.TrackerStory;
import dev.habits.application.habit.HabitChange;
import dev.habits.application.port.HabitFilter;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.user.UserId;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Another user's habit is answered as if it did not exist, so ids cannot be probed. */
class AnotherUsersHabitTest {
    private static final LocalDate TODAY = day("2026-11-22");

    private final TrackerStory story = TrackerStory.at("2026-11-22T09:30:00Z");
    private final HabitTracker tracker = story.tracker;
    private final UserId ada = story.aUser();
    private final UserId bob = story.aUser();
    private final Habit bobs = story.aHabit(bob, "Swim", null, day("2026-11-01"));

    @Test
    void anotherUsersHabitIsNotFoundWhenRead() {
        assertRefused(NOT_FOUND, () -> tracker.habits().get(ada, bobs.id()));
    }

    @Test
    void anotherUsersHabitIsNotFoundWhenChanged() {
        assertRefused(NOT_FOUND, () -> tracker.habits().update(ada, bobs.id(),
                new HabitChange("Mine now", null, null, null, null)));
    }

    @Test
    void anotherUsersHabitIsNotFoundWhenArchivedOrUnarchived() {
        assertRefused(NOT_FOUND, () -> tracker.habits().archive(ada, bobs.id()));
        tracker.habits().archive(bob, bobs.id());
        assertRefused(NOT_FOUND, () -> tracker.habits().unarchive(ada, bobs.id()));
    }

    @Test
    void anotherUsersHabitIsNotFoundWhenDeleted() {
        assertRefused(NOT_FOUND, () -> tracker.habits().delete(ada, bobs.id()));
    }

    @Test
    void anotherUsersHabitIsNotFoundWhenCheckedIn() {
        assertRefused(NOT_FOUND, () -> tracker.checkIns().record(ada, bobs.id(), TODAY, CheckInStatus.DONE, null));
    }

    @Test
    void anotherUsersHabitIsNotFoundWhenACheckInIsRemoved() {
        story.done(bob, bobs, TODAY);

        assertRefused(NOT_FOUND, () -> tracker.checkIns().remove(ada, bobs.id(), TODAY));
    }

    @Test
    void anotherUsersHabitIsNotFoundWhenItsCheckInsAreListed() {
        assertRefused(NOT_FOUND, () -> tracker.checkIns().list(ada, bobs.id(), null, null));
    }

    @Test
    void anotherUsersHabitIsNotFoundWhenItsStatsAreAsked() {
        assertRefused(NOT_FOUND, () -> tracker.progress().stats(ada, bobs.id(), null, null));
    }

    @Test
    void anUnknownHabitIsNotFoundLikeAnotherUsersOne() {
        HabitId unknown = new HabitId(UUID.randomUUID());

        assertRefused(NOT_FOUND, () -> tracker.habits().get(ada, unknown));
    }

    @Test
    void anotherUsersHabitIsLeftAsItWas() {
        story.done(bob, bobs, TODAY);
        attempt(() -> tracker.habits().update(ada, bobs.id(), new HabitChange("Mine now", null, null, null, null)));
        attempt(() -> tracker.checkIns().remove(ada, bobs.id(), TODAY));
        attempt(() -> tracker.habits().delete(ada, bobs.id()));

        assertThat(tracker.habits().get(bob, bobs.id())).isEqualTo(bobs);
        assertThat(tracker.checkIns().list(bob, bobs.id(), null, null)).hasSize(1);
        assertThat(tracker.habits().list(ada, HabitFilter.ALL)).isEmpty();
        assertThat(tracker.progress().today(ada).habits()).isEmpty();
    }

    private static void attempt(Runnable refused) {
        try {
            refused.run();
        } catch (RuntimeException expected) {
            // each attempt is refused; the test looks at what it left behind
        }
    }
}
