package dev.habits.application.checkin;

import static dev.habits.application.fixtures.Refusals.assertRefused;
import static dev.habits.application.fixtures.TrackerStory.day;
import static dev.habits.application.fixtures.TrackerStory.settings;
import static dev.habits.domain.checkin.CheckInStatus.DONE;
import static dev.habits.domain.checkin.CheckInStatus.SKIPPED;
import static dev.habits.domain.shared.DomainException.Reason.CONFLICT;
import static dev.habits.domain.shared.DomainException.Reason.INVALID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.fixtures.TrackerStory;
import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckInServiceTest {
    private static final LocalDate TODAY = day("2026-11-22");

    private final TrackerStory story = TrackerStory.at("2026-11-22T09:30:00Z");
    private final CheckInService checkIns = story.tracker.checkIns();
    private final UserId ada = story.aUser();
    private final Habit read = story.aHabit(ada, "Read", null, day("2026-05-01"));

    @Test
    void theFirstCheckInOfADayIsCreated() {
        Recorded recorded = checkIns.record(ada, read.id(), TODAY, null, " ten pages ");

        assertThat(recorded.created()).isTrue();
        assertThat(recorded.checkIn().status()).as("done by default").isEqualTo(DONE);
        assertThat(recorded.checkIn().note()).isEqualTo("ten pages");
        assertThat(recorded.checkIn().createdAt()).isEqualTo(story.ports.clock.instant());
    }

    @Test
    void aSecondCheckInOfTheDayReplacesTheFirstAndKeepsItsCreationTime() {
        CheckIn first = checkIns.record(ada, read.id(), TODAY, DONE, null).checkIn();
        story.later(Duration.ofHours(1));

        Recorded second = checkIns.record(ada, read.id(), TODAY, SKIPPED, "ill");

        assertThat(second.created()).isFalse();
        assertThat(second.checkIn().status()).isEqualTo(SKIPPED);
        assertThat(second.checkIn().createdAt()).isEqualTo(first.createdAt());
        assertThat(second.checkIn().updatedAt()).isEqualTo(first.createdAt().plus(Duration.ofHours(1)));
        assertThat(checkIns.list(ada, read.id(), null, null)).containsExactly(second.checkIn());
    }

    @Test
    void repeatingTheSameCheckInChangesNothing() {
        CheckIn first = checkIns.record(ada, read.id(), TODAY, DONE, "ten pages").checkIn();
        story.later(Duration.ofHours(1));
        int writesBefore = story.ports.writeTransactions.get();

        Recorded again = checkIns.record(ada, read.id(), TODAY, DONE, "ten pages ");

        assertThat(again.created()).isFalse();
        assertThat(again.checkIn()).isEqualTo(first);
        assertThat(story.ports.events.of(DomainEvent.CheckInRecorded.class)).hasSize(1);
        assertThat(story.ports.writeTransactions.get()).as("a repeat opens no transaction").isEqualTo(writesBefore);
    }

    @Test
    void aChangedDayIsOneSingleWriteWithoutATransactionOfItsOwn() {
        int transactionsBefore = story.ports.writeTransactions.get();
        int singlesBefore = story.ports.singleWrites.get();

        checkIns.record(ada, read.id(), TODAY, DONE, null);
        checkIns.record(ada, read.id(), TODAY, SKIPPED, null);

        // CheckIns.save is atomic by itself; a transaction around it cost PostgreSQL a COMMIT round trip
        assertThat(story.ports.singleWrites.get() - singlesBefore).isEqualTo(2);
        assertThat(story.ports.writeTransactions.get()).isEqualTo(transactionsBefore);
        assertThat(checkIns.list(ada, read.id(), TODAY, TODAY)).extracting(CheckIn::status).containsExactly(SKIPPED);
    }

    @Test
    void aDateAfterTheUsersTodayIsInvalid() {
        assertRefused(INVALID, () -> checkIns.record(ada, read.id(), TODAY.plusDays(1), DONE, null), "date");
    }

    @Test
    void theFutureIsJudgedByTheUsersTimeZone() {
        story.ports.clock.set(Instant.parse("2026-11-22T10:30:00Z"));
        UserId kiritimati = story.aUserLivingIn("Pacific/Kiritimati");
        UserId pagoPago = story.aUserLivingIn("Pacific/Pago_Pago");
        Habit early = story.aHabit(kiritimati, "Read", null, day("2026-11-01"));
        Habit late = story.aHabit(pagoPago, "Read", null, day("2026-11-01"));

        assertThat(checkIns.record(kiritimati, early.id(), day("2026-11-23"), DONE, null).created()).isTrue();
        assertRefused(INVALID, () -> checkIns.record(pagoPago, late.id(), day("2026-11-22"), DONE, null), "date");
        assertThat(checkIns.record(pagoPago, late.id(), day("2026-11-21"), DONE, null).created()).isTrue();
    }

    @Test
    void theFutureIsJudgedByTheUsersDayStartHour() {
        story.ports.clock.set(Instant.parse("2026-11-22T02:00:00Z"));
        UserId nightOwl = story.aUserWith(settings(null, null, 4));
        Habit habit = story.aHabit(nightOwl, "Read", null, day("2026-11-01"));

        assertRefused(INVALID, () -> checkIns.record(nightOwl, habit.id(), day("2026-11-22"), DONE, null), "date");
        assertThat(checkIns.record(nightOwl, habit.id(), day("2026-11-21"), DONE, null).created()).isTrue();

        story.ports.clock.set(Instant.parse("2026-11-22T04:00:00Z"));
        assertThat(checkIns.record(nightOwl, habit.id(), day("2026-11-22"), DONE, null).created()).isTrue();
    }

    @Test
    void aDateBeforeTheHabitsStartIsInvalid() {
        assertRefused(INVALID, () -> checkIns.record(ada, read.id(), day("2026-04-30"), DONE, null), "date");
        assertThat(checkIns.record(ada, read.id(), day("2026-05-01"), DONE, null).created()).isTrue();
    }

    @Test
    void checkingInOnAnArchivedHabitIsAConflict() {
        story.tracker.habits().archive(ada, read.id());

        assertRefused(CONFLICT, () -> checkIns.record(ada, read.id(), TODAY, DONE, null), "archived");
    }

    @Test
    void repeatingADayOfAnArchivedHabitIsStillAConflict() {
        story.done(ada, read, TODAY);
        story.tracker.habits().archive(ada, read.id());

        assertRefused(CONFLICT, () -> checkIns.record(ada, read.id(), TODAY, DONE, null), "archived");
    }

    @Test
    void aNoteLongerThanFiveHundredCharactersIsInvalid() {
        assertRefused(INVALID, () -> checkIns.record(ada, read.id(), TODAY, DONE, "n".repeat(501)), "note");
    }

    @Test
    void removingADayTakesItsCheckInAway() {
        story.done(ada, read, TODAY);

        checkIns.remove(ada, read.id(), TODAY);

        assertThat(checkIns.list(ada, read.id(), null, null)).isEmpty();
        assertThat(story.ports.events.of(DomainEvent.CheckInRemoved.class)).hasSize(1);
    }

    @Test
    void removingADayWithoutACheckInIsFine() {
        checkIns.remove(ada, read.id(), TODAY);

        assertThat(story.ports.events.of(DomainEvent.CheckInRemoved.class)).isEmpty();
    }

    @Test
    void theListDefaultsToTheLastNinetyDaysByDate() {
        story.done(ada, read, TODAY, TODAY.minusDays(90), TODAY.minusDays(89), TODAY.minusDays(30));

        assertThat(checkIns.list(ada, read.id(), null, null)).extracting(CheckIn::date)
                .containsExactly(TODAY.minusDays(89), TODAY.minusDays(30), TODAY);
    }

    @Test
    void theListKeepsToTheRangeAsked() {
        story.done(ada, read, day("2026-06-01"), day("2026-06-15"), day("2026-07-01"));

        assertThat(checkIns.list(ada, read.id(), day("2026-06-01"), day("2026-06-30"))).extracting(CheckIn::date)
                .containsExactly(day("2026-06-01"), day("2026-06-15"));
    }

    @Test
    void aRangeOfUpTo366DaysMayBeListed() {
        assertThat(checkIns.list(ada, read.id(), TODAY.minusDays(365), TODAY)).isEmpty();
    }

    @Test
    void aRangeOverThreeHundredSixtySixDaysIsInvalid() {
        assertRefused(INVALID, () -> checkIns.list(ada, read.id(), TODAY.minusDays(366), TODAY), "to");
    }

    @Test
    void aRangeRunningBackwardsIsInvalid() {
        assertRefused(INVALID, () -> checkIns.list(ada, read.id(), TODAY, TODAY.minusDays(1)), "to");
    }
}
