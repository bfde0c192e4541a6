package dev.habits.application.progress;

import static dev.habits.application.fixtures.Refusals.assertRefused;
import static dev.habits.application.fixtures.TrackerStory.day;
import static dev.habits.application.fixtures.TrackerStory.onWeekdays;
import static dev.habits.application.fixtures.TrackerStory.settings;
import static dev.habits.application.fixtures.TrackerStory.timesPerWeek;
import static dev.habits.domain.shared.DomainException.Reason.INVALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.habits.application.fixtures.TrackerStory;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.progress.HabitStats;
import dev.habits.domain.progress.StreakUnit;
import dev.habits.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Today is Sunday 22 November 2026 for a UTC user. */
class ProgressServiceTest {
    private static final LocalDate TODAY = day("2026-11-22");

    private final TrackerStory story = TrackerStory.at("2026-11-22T09:30:00Z");
    private final ProgressService progress = story.tracker.progress();
    private final UserId ada = story.aUser();

    @Test
    void statsDefaultToTheHabitsStartDateAndTheUsersToday() {
        Habit read = story.aHabit(ada, "Read", null, day("2026-11-13"));
        story.done(ada, read, day("2026-11-13"), day("2026-11-14"), day("2026-11-20"), day("2026-11-21"))
                .skipped(ada, read, day("2026-11-15"));

        HabitStats stats = progress.stats(ada, read.id(), null, null);

        assertThat(stats.from()).isEqualTo(day("2026-11-13"));
        assertThat(stats.to()).isEqualTo(TODAY);
        assertThat(stats.completion().doneCount()).isEqualTo(4);
        assertThat(stats.completion().skippedCount()).isEqualTo(1);
        assertThat(stats.completion().dueOccasions()).isEqualTo(9);
        assertThat(stats.completion().rate()).isCloseTo(4.0 / 9, within(1e-9));
        assertThat(stats.streaks().current()).isEqualTo(2);
        assertThat(stats.streaks().longest()).isEqualTo(2);
        assertThat(stats.streaks().unit()).isEqualTo(StreakUnit.DAYS);
    }

    @Test
    void statsOfATimesPerWeekHabitCountWeeksInTheUsersWeek() {
        UserId sundayPerson = story.aUserWith(settings(null, "SUNDAY", null));
        Habit swim = story.aHabit(sundayPerson, "Swim", timesPerWeek(2), day("2026-11-01"));
        story.done(sundayPerson, swim, day("2026-11-01"), day("2026-11-07"), day("2026-11-08"), day("2026-11-14"));

        HabitStats stats = progress.stats(sundayPerson, swim.id(), null, null);

        assertThat(stats.streaks().unit()).isEqualTo(StreakUnit.WEEKS);
        assertThat(stats.streaks().current()).as("Sunday weeks 1–7 and 8–14 reached, 15–21 missed").isZero();
        assertThat(stats.streaks().longest()).isEqualTo(2);
    }

    @Test
    void statsOfAHabitThatHasNotStartedYetShowNothingDue() {
        Habit later = story.aHabit(ada, "Later", null, TODAY.plusDays(3));

        HabitStats stats = progress.stats(ada, later.id(), null, null);

        assertThat(stats.completion().dueOccasions()).isZero();
        assertThat(stats.completion().rate()).isZero();
        assertThat(stats.streaks().current()).isZero();
    }

    @Test
    void statsOverARangeRunningBackwardsAreInvalid() {
        Habit read = story.aDailyHabit(ada, "Read");

        assertRefused(INVALID, () -> progress.stats(ada, read.id(), TODAY, TODAY.minusDays(1)), "to");
    }

    @Test
    void todayShowsEveryActiveHabitDueOrNotInListOrder() {
        Habit read = story.aHabit(ada, "Read", null, day("2026-11-01"));
        Habit gym = story.aHabit(ada, "Gym", onWeekdays("MONDAY", "THURSDAY"), day("2026-11-01"));
        Habit yoga = story.aHabit(ada, "Yoga", onWeekdays("SUNDAY"), day("2026-11-01"));
        Habit swim = story.aHabit(ada, "Swim", timesPerWeek(2), day("2026-11-01"));
        Habit run = story.aHabit(ada, "Run", timesPerWeek(3), day("2026-11-01"));
        Habit old = story.aHabit(ada, "Old", null, day("2026-11-01"));
        story.tracker.habits().archive(ada, old.id());
        story.tracker.habits().reorder(ada, List.of(swim.id(), run.id(), read.id(), gym.id(), yoga.id()));

        Today today = progress.today(ada);

        assertThat(today.date()).isEqualTo(TODAY);
        assertThat(today.habits()).extracting(e -> e.habit().name().value())
                .containsExactly("Swim", "Run", "Read", "Gym", "Yoga");
    }

    @Test
    void todaySaysWhichHabitsAreDueForEachKindOfSchedule() {
        Habit read = story.aHabit(ada, "Read", null, day("2026-11-01"));
        Habit gym = story.aHabit(ada, "Gym", onWeekdays("MONDAY", "THURSDAY"), day("2026-11-01"));
        Habit yoga = story.aHabit(ada, "Yoga", onWeekdays("SUNDAY"), day("2026-11-01"));
        Habit swim = story.aHabit(ada, "Swim", timesPerWeek(2), day("2026-11-01"));
        Habit run = story.aHabit(ada, "Run", timesPerWeek(3), day("2026-11-01"));
        Habit later = story.aHabit(ada, "Later", null, TODAY.plusDays(1));
        story.done(ada, swim, day("2026-11-17"), day("2026-11-19"))
                .done(ada, run, day("2026-11-18"));

        Today today = progress.today(ada);

        assertThat(entry(today, read).due()).isTrue();
        assertThat(entry(today, gym).due()).as("not a Monday or Thursday").isFalse();
        assertThat(entry(today, yoga).due()).isTrue();
        assertThat(entry(today, swim).due()).as("twice done this week already").isFalse();
        assertThat(entry(today, run).due()).isTrue();
        assertThat(entry(today, later).due()).as("not started yet").isFalse();
    }

    @Test
    void todayShowsTheDaysStatusAndTheCurrentStreak() {
        Habit read = story.aHabit(ada, "Read", null, day("2026-11-01"));
        Habit walk = story.aHabit(ada, "Walk", null, day("2026-11-01"));
        Habit stretch = story.aHabit(ada, "Stretch", null, day("2026-11-01"));
        story.done(ada, read, day("2026-11-20"), day("2026-11-21"), TODAY)
                .done(ada, walk, day("2026-11-20"), day("2026-11-21"))
                .skipped(ada, walk, TODAY);

        Today today = progress.today(ada);

        assertThat(entry(today, read).status()).isEqualTo(CheckInStatus.DONE);
        assertThat(entry(today, read).currentStreak()).isEqualTo(3);
        assertThat(entry(today, walk).status()).isEqualTo(CheckInStatus.SKIPPED);
        assertThat(entry(today, walk).currentStreak()).isEqualTo(2);
        assertThat(entry(today, stretch).status()).isNull();
        assertThat(entry(today, stretch).currentStreak()).isZero();
    }

    @Test
    void todayCountsAStreakLongerThanTheRecentWeeksItReadsFirst() {
        Habit meditate = story.aHabit(ada, "Meditate", null, day("2024-01-01"));
        Habit journal = story.aHabit(ada, "Journal", timesPerWeek(2), day("2024-01-01"));
        Habit floss = story.aHabit(ada, "Floss", null, day("2024-01-01"));
        for (LocalDate d = day("2024-01-01"); !d.isAfter(TODAY); d = d.plusDays(1)) {
            story.done(ada, meditate, d);
            if (d.getDayOfWeek().getValue() <= 2) {
                story.done(ada, journal, d); // Mondays and Tuesdays
            }
            if (!d.equals(day("2026-11-10"))) {
                story.done(ada, floss, d);
            }
        }
        story.skipped(ada, floss, day("2025-06-01")); // replaces a done day long ago: no break

        Today today = progress.today(ada);

        assertThat(entry(today, meditate).currentStreak()).isEqualTo(1057); // every day since 1 January 2024
        assertThat(entry(today, journal).currentStreak()).as("weeks since the one of 1 January 2024")
                .isEqualTo(151);
        assertThat(entry(today, floss).currentStreak()).as("broken on 10 November").isEqualTo(12);
    }

    @Test
    void todaySeesThatOnlySkipsInTheRecentWeeksKeepAnOlderRunAlive() {
        Habit read = story.aHabit(ada, "Read", null, day("2026-01-01"));
        for (LocalDate d = day("2026-01-01"); d.isBefore(day("2026-09-01")); d = d.plusDays(1)) {
            story.done(ada, read, d);
        }
        for (LocalDate d = day("2026-09-01"); !d.isAfter(TODAY); d = d.plusDays(1)) {
            story.skipped(ada, read, d);
        }

        assertThat(entry(progress.today(ada), read).currentStreak()).isEqualTo(243); // January to August
    }

    @Test
    void todayIsTheUsersLocalDay() {
        story.ports.clock.set(Instant.parse("2026-11-22T10:30:00Z"));
        UserId kiritimati = story.aUserLivingIn("Pacific/Kiritimati");
        Habit read = story.aHabit(kiritimati, "Read", null, day("2026-11-20"));
        story.done(kiritimati, read, day("2026-11-22"), day("2026-11-23"));

        Today today = progress.today(kiritimati);

        assertThat(today.date()).isEqualTo(day("2026-11-23"));
        assertThat(entry(today, read).status()).isEqualTo(CheckInStatus.DONE);
        assertThat(entry(today, read).currentStreak()).isEqualTo(2);
    }

    private static TodayEntry entry(Today today, Habit habit) {
        return today.habits().stream().filter(e -> e.habit().id().equals(habit.id())).findFirst().orElseThrow();
    }
}
