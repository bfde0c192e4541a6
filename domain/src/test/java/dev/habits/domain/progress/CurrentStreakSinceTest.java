package dev.habits.domain.progress;

import static dev.habits.domain.progress.HabitStory.TODAY;
import static dev.habits.domain.progress.HabitStory.aDailyHabitStarted;
import static dev.habits.domain.progress.HabitStory.aHabitOnWeekdaysStarted;
import static dev.habits.domain.progress.HabitStory.aTimesPerWeekHabitStarted;
import static dev.habits.domain.progress.HabitStory.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The current streak counted back from today, and when recent check-ins are enough to know it (the today view reads only those). */
class CurrentStreakSinceTest {

    @Test
    void aMissedDayInsideTheWindowEndsTheRun() {
        HabitProgress progress = aDailyHabitStarted(daysAgo(400))
                .doneEveryDay(daysAgo(400), daysAgo(11))
                .doneEveryDay(daysAgo(9), daysAgo(1))
                .progress();

        assertThat(progress.currentStreakSince(daysAgo(20), TODAY)).hasValue(9);
        assertThat(progress.currentStreakSince(daysAgo(9), TODAY)).as("the miss lies before the window").isEmpty();
    }

    @Test
    void anUnbrokenRunLongerThanTheWindowIsNotDecidedByIt() {
        HabitProgress progress = aDailyHabitStarted(daysAgo(400)).doneEveryDay(daysAgo(400), daysAgo(1)).progress();

        assertThat(progress.currentStreakSince(daysAgo(56), TODAY)).isEmpty();
        assertThat(progress.currentStreakSince(daysAgo(400), TODAY)).as("from the start date").hasValue(400);
    }

    @Test
    void skippedDaysNeitherEndNorExtendTheRunButAnEmptyYesterdayEndsIt() {
        HabitStory story = aDailyHabitStarted(daysAgo(100))
                .done(daysAgo(5), daysAgo(4))
                .skipped(daysAgo(3), daysAgo(2), daysAgo(1));
        assertThat(story.progress().currentStreakSince(daysAgo(10), TODAY)).hasValue(2);
        assertThat(story.progress().currentStreakSince(daysAgo(3), TODAY)).as("no miss in the window").isEmpty();

        HabitStory lapsed = aDailyHabitStarted(daysAgo(100)).done(daysAgo(3), daysAgo(2));
        assertThat(lapsed.progress().currentStreakSince(daysAgo(3), TODAY)).as("nothing yesterday").hasValue(0);
    }

    @Test
    void anOpenTodayBreaksNothingAndADoneTodayCounts() {
        HabitStory story = aDailyHabitStarted(daysAgo(10)).doneEveryDay(daysAgo(10), daysAgo(1));
        assertThat(story.progress().currentStreakSince(daysAgo(5), TODAY)).isEmpty();
        assertThat(story.progress().currentStreakSince(daysAgo(10), TODAY)).hasValue(10);

        assertThat(story.done(TODAY).progress().currentStreakSince(daysAgo(10), TODAY)).hasValue(11);
    }

    @Test
    void onlyScheduledWeekdaysCanBeMissed() {
        // TODAY is a Sunday; Mondays and Thursdays are due.
        HabitProgress progress = aHabitOnWeekdaysStarted(daysAgo(60), DayOfWeek.MONDAY, DayOfWeek.THURSDAY)
                .done(daysAgo(6), daysAgo(3))
                .progress();

        assertThat(progress.currentStreakSince(daysAgo(6), TODAY)).isEmpty();
        assertThat(progress.currentStreakSince(daysAgo(13), TODAY)).as("Monday and Thursday a week earlier")
                .hasValue(2);
    }

    @Test
    void aTimesPerWeekHabitCountsMetWeeksBackToOneThatFellShort() {
        HabitStory story = aTimesPerWeekHabitStarted(2, daysAgo(60))
                .done(daysAgo(13)) // the week of Monday 9 November: one of two
                .done(daysAgo(6), daysAgo(5)); // this week: two of two

        assertThat(story.progress().currentStreakSince(daysAgo(6), TODAY)).isEmpty();
        assertThat(story.progress().currentStreakSince(daysAgo(13), TODAY)).hasValue(1);
    }

    @Test
    void aTimesPerWeekHabitsOpenWeekBreaksNothing() {
        HabitStory story = aTimesPerWeekHabitStarted(2, daysAgo(20))
                .done(daysAgo(20), daysAgo(19)) // Monday 2 November's week: two of two
                .done(daysAgo(13), daysAgo(12)) // Monday 9 November's week: two of two
                .done(daysAgo(1)); // this week: one so far

        assertThat(story.progress().currentStreakSince(daysAgo(20), TODAY)).hasValue(2);
        assertThat(story.progress().currentStreakSince(daysAgo(20), daysAgo(2))).as("a day earlier").hasValue(2);
    }

    @Test
    void nothingBeforeTheStartDateCanBeMissed() {
        HabitProgress progress = aDailyHabitStarted(daysAgo(3)).doneEveryDay(daysAgo(3), daysAgo(1)).progress();

        assertThat(progress.currentStreakSince(daysAgo(30), TODAY)).hasValue(3);
    }

    @Test
    void aHabitThatStartsAfterTodayHasNoStreak() {
        HabitStory daily = aDailyHabitStarted(TODAY.plusDays(3));
        HabitStory weekly = aTimesPerWeekHabitStarted(3, TODAY.plusDays(3));

        assertThat(daily.progress().currentStreakSince(daysAgo(30), TODAY)).isEqualTo(OptionalInt.of(0));
        assertThat(weekly.progress().currentStreakSince(daysAgo(30), TODAY)).isEqualTo(OptionalInt.of(0));
    }
}
