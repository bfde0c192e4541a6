package dev.habits.domain.progress;

import static dev.habits.domain.progress.HabitStory.TODAY;
import static dev.habits.domain.progress.HabitStory.aDailyHabitStarted;
import static dev.habits.domain.progress.HabitStory.aHabitOnWeekdaysStarted;
import static dev.habits.domain.progress.HabitStory.aTimesPerWeekHabitStarted;
import static dev.habits.domain.progress.HabitStory.daysAgo;
import static dev.habits.domain.progress.HabitStory.on;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CompletionRateTest {

    @Test
    void completionIsDoneOverDueWithSkippedDaysRemovedFromBoth() {
        Completion completion = aDailyHabitStarted(daysAgo(9))
                .done(daysAgo(9), daysAgo(8), daysAgo(7), daysAgo(5), daysAgo(3), daysAgo(1))
                .skipped(daysAgo(6), daysAgo(4))
                .completion(daysAgo(9), TODAY);

        assertThat(completion.doneCount()).isEqualTo(6);
        assertThat(completion.skippedCount()).isEqualTo(2);
        assertThat(completion.dueOccasions()).isEqualTo(8);
        assertThat(completion.rate()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void thePeriodIsClippedToTheStartDateAndToToday() {
        Completion completion = aDailyHabitStarted(daysAgo(3))
                .done(daysAgo(3), daysAgo(2))
                .completion(daysAgo(30), TODAY.plusDays(30));

        assertThat(completion.dueOccasions()).as("three days ago up to today").isEqualTo(4);
        assertThat(completion.rate()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void checkInsOutsideThePeriodDoNotCount() {
        Completion completion = aDailyHabitStarted(daysAgo(30))
                .done(daysAgo(20), daysAgo(2), daysAgo(1))
                .completion(daysAgo(2), daysAgo(1));

        assertThat(completion.doneCount()).isEqualTo(2);
        assertThat(completion.dueOccasions()).isEqualTo(2);
        assertThat(completion.rate()).isEqualTo(1.0);
    }

    @Test
    void aWeekdaysHabitIsDueOnlyOnItsScheduledDays() {
        Completion completion = aHabitOnWeekdaysStarted(on("2026-11-02"), MONDAY, THURSDAY)
                .done(on("2026-11-02"), on("2026-11-03"), on("2026-11-05"), on("2026-11-09"))
                .completion(on("2026-11-02"), on("2026-11-22"));

        assertThat(completion.dueOccasions()).isEqualTo(6);
        assertThat(completion.doneCount()).isEqualTo(3);
        assertThat(completion.rate()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aTimesPerWeekHabitCountsTimesOccasionsAWeek() {
        Completion completion = aTimesPerWeekHabitStarted(3, on("2026-11-02"))
                .done(on("2026-11-02"), on("2026-11-03"), on("2026-11-04"), on("2026-11-05"))
                .done(on("2026-11-12"))
                .completion(on("2026-11-02"), on("2026-11-15"));

        assertThat(completion.dueOccasions()).isEqualTo(6);
        assertThat(completion.doneOccasions()).as("a fourth day does not make up for another week").isEqualTo(4);
        assertThat(completion.doneCount()).isEqualTo(5);
        assertThat(completion.rate()).isCloseTo(4.0 / 6, within(1e-9));
    }

    @Test
    void theRateNeverExceedsOne() {
        Completion completion = aTimesPerWeekHabitStarted(1, on("2026-11-02"))
                .doneEveryDay(on("2026-11-02"), on("2026-11-22"))
                .completion(on("2026-11-02"), on("2026-11-22"));

        assertThat(completion.rate()).isEqualTo(1.0);
        assertThat(completion.doneCount()).isEqualTo(21);
    }

    @Test
    void theRateIsBetweenZeroAndOne() {
        Completion none = aDailyHabitStarted(daysAgo(10)).completion(daysAgo(10), TODAY);
        Completion all = aDailyHabitStarted(daysAgo(10)).doneEveryDay(daysAgo(10), TODAY)
                .completion(daysAgo(10), TODAY);

        assertThat(none.rate()).isZero();
        assertThat(all.rate()).isEqualTo(1.0);
    }

    @Test
    void theRateIsZeroWhenNothingIsDue() {
        Completion notStarted = aDailyHabitStarted(TODAY.plusDays(5)).completion(daysAgo(10), TODAY);
        Completion allSkipped = aDailyHabitStarted(daysAgo(2)).skipped(daysAgo(2), daysAgo(1), TODAY)
                .completion(daysAgo(2), TODAY);

        assertThat(notStarted.dueOccasions()).isZero();
        assertThat(notStarted.rate()).isZero();
        assertThat(allSkipped.dueOccasions()).isZero();
        assertThat(allSkipped.skippedCount()).isEqualTo(3);
        assertThat(allSkipped.rate()).isZero();
    }

    @Test
    void statsReportStreaksOverTheWholeHistoryAndCountsWithinThePeriod() {
        HabitStats stats = aDailyHabitStarted(daysAgo(30))
                .doneEveryDay(daysAgo(30), daysAgo(1))
                .progress()
                .stats(daysAgo(6), TODAY, TODAY);

        assertThat(stats.streaks().current()).isEqualTo(30);
        assertThat(stats.completion().doneCount()).isEqualTo(6);
        assertThat(stats.completion().dueOccasions()).isEqualTo(7);
        assertThat(stats.from()).isEqualTo(daysAgo(6));
        assertThat(stats.to()).isEqualTo(TODAY);
    }
}
