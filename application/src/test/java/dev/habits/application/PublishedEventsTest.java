package dev.habits.application;

import static dev.habits.application.fixtures.TrackerStory.PASSWORD;
import static dev.habits.application.fixtures.TrackerStory.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.fixtures.TrackerStory;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedEventsTest {
    private static final LocalDate TODAY = day("2026-11-22");

    private final TrackerStory story = TrackerStory.at("2026-11-22T09:30:00Z");
    private final HabitTracker tracker = story.tracker;
    private final Instant now = story.ports.clock.instant();

    @Test
    void eachChangeIsPublishedOnceInTheOrderItHappened() {
        UserId ada = story.aUser();
        Habit read = story.aDailyHabit(ada, "Read");
        tracker.checkIns().record(ada, read.id(), TODAY, CheckInStatus.DONE, null);
        tracker.checkIns().record(ada, read.id(), TODAY, CheckInStatus.DONE, null);
        tracker.checkIns().record(ada, read.id(), TODAY, CheckInStatus.SKIPPED, null);
        tracker.checkIns().remove(ada, read.id(), TODAY);
        tracker.checkIns().remove(ada, read.id(), TODAY);
        tracker.habits().archive(ada, read.id());
        tracker.habits().archive(ada, read.id());
        tracker.habits().delete(ada, read.id());
        tracker.profile().delete(ada, PASSWORD);

        assertThat(story.ports.events.published()).containsExactly(
                new DomainEvent.UserRegistered(ada, now),
                new DomainEvent.HabitCreated(ada, read.id(), now),
                new DomainEvent.CheckInRecorded(ada, read.id(), TODAY, CheckInStatus.DONE, now),
                new DomainEvent.CheckInRecorded(ada, read.id(), TODAY, CheckInStatus.SKIPPED, now),
                new DomainEvent.CheckInRemoved(ada, read.id(), TODAY, now),
                new DomainEvent.HabitArchived(ada, read.id(), now),
                new DomainEvent.HabitDeleted(ada, read.id(), now),
                new DomainEvent.UserDeleted(ada, now));
    }

    @Test
    void aRefusedChangePublishesNothing() {
        UserId ada = story.aUser();
        Habit read = story.aDailyHabit(ada, "Read");
        int before = story.ports.events.published().size();

        try {
            tracker.checkIns().record(ada, read.id(), TODAY.plusDays(1), CheckInStatus.DONE, null);
        } catch (DomainException expected) {
            // the future is refused
        }

        assertThat(story.ports.events.published()).hasSize(before);
    }
}
