package dev.habits.domain.progress;

import static dev.habits.domain.progress.HabitStory.TODAY;
import static dev.habits.domain.progress.HabitStory.aDailyHabitStarted;
import static dev.habits.domain.progress.HabitStory.aHabitOnWeekdaysStarted;
import static dev.habits.domain.progress.HabitStory.aTimesPerWeekHabitStarted;
import static dev.habits.domain.progress.HabitStory.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** When a recent window of history is enough to know the current streak (the today view reads only that). */
class MissedSinceTest {

    @Test
    void aMissedDayInsideTheWindowEndsEveryEarlierRun() {
        HabitProgress progress = aDailyHabitStarted(daysAgo(400))
                .doneEveryDay(daysAgo(400), daysAgo(11))
                .doneEveryDay(daysAgo(9), daysAgo(1))
                .progress();

        assertThat(progress.missedSince(daysAgo(20), TODAY)).isTrue();
        assertThat(progress.missedSince(daysAgo(9), TODAY)).as("the miss lies before the window").isFalse();
    }

    @Test
    void anUnbrokenRunLongerThanTheWindowIsNoMiss() {
        HabitProgress progress = aDailyHabitStarted(daysAgo(400)).doneEveryDay(daysAgo(400), daysAgo(1)).progress();

        assertThat(progress.missedSince(daysAgo(56), TODAY)).isFalse();
    }

    @Test
    void skippedDaysAreNoMissButAnEmptyYesterdayIs() {
        HabitStory story = aDailyHabitStarted(daysAgo(100)).skipped(daysAgo(3), daysAgo(2), daysAgo(1));
        assertThat(story.progress().missedSince(daysAgo(3), TODAY)).isFalse();

        HabitStory lapsed = aDailyHabitStarted(daysAgo(100)).done(daysAgo(3), daysAgo(2));
        assertThat(lapsed.progress().missedSince(daysAgo(3), TODAY)).as("nothing yesterday").isTrue();
    }

    @Test
    void anOpenTodayIsNoMiss() {
        HabitProgress progress = aDailyHabitStarted(daysAgo(10)).doneEveryDay(daysAgo(10), daysAgo(1)).progress();

        assertThat(progress.missedSince(daysAgo(5), TODAY)).isFalse();
    }

    @Test
    void onlyScheduledWeekdaysCanBeMissed() {
        // TODAY is a Sunday; Mondays and Thursdays are due.
        HabitProgress progress = aHabitOnWeekdaysStarted(daysAgo(60), DayOfWeek.MONDAY, DayOfWeek.THURSDAY)
                .done(daysAgo(6), daysAgo(3))
                .progress();

        assertThat(progress.missedSince(daysAgo(6), TODAY)).isFalse();
        assertThat(progress.missedSince(daysAgo(13), TODAY)).as("Monday and Thursday a week earlier").isTrue();
    }

    @Test
    void aTimesPerWeekHabitMissesAClosedWeekThatFellShort() {
        HabitStory story = aTimesPerWeekHabitStarted(2, daysAgo(60))
                .done(daysAgo(13)) // the week of Monday 9 November: one of two
                .done(daysAgo(6), daysAgo(5)); // last week: two of two

        assertThat(story.progress().missedSince(daysAgo(6), TODAY)).isFalse();
        assertThat(story.progress().missedSince(daysAgo(13), TODAY)).isTrue();
    }

    @Test
    void nothingBeforeTheStartDateCanBeMissed() {
        HabitProgress progress = aDailyHabitStarted(daysAgo(3)).doneEveryDay(daysAgo(3), daysAgo(1)).progress();

        assertThat(progress.missedSince(daysAgo(30), TODAY)).isFalse();
    }
}
