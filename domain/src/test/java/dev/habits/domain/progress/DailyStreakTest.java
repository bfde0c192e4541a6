package dev.habits.domain.progress;

import static dev.habits.domain.progress.HabitStory.TODAY;
import static dev.habits.domain.progress.HabitStory.aDailyHabitStarted;
import static dev.habits.domain.progress.HabitStory.daysAgo;
import static dev.habits.domain.progress.HabitStory.on;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DailyStreakTest {

    @Test
    void streakSurvivesASkippedDay() {
        Streaks streaks = aDailyHabitStarted(daysAgo(30))
                .done(daysAgo(5), daysAgo(4))
                .skipped(daysAgo(3))
                .done(daysAgo(2), daysAgo(1), TODAY)
                .streaks();

        assertThat(streaks.current()).isEqualTo(5);
        assertThat(streaks.unit()).isEqualTo(StreakUnit.DAYS);
    }

    @Test
    void todayStillOpenDoesNotBreakTheStreakWhichCountsUpToYesterday() {
        Streaks streaks = aDailyHabitStarted(daysAgo(30))
                .done(daysAgo(3), daysAgo(2), daysAgo(1))
                .streaks();

        assertThat(streaks.current()).isEqualTo(3);
    }

    @Test
    void doingTodayExtendsTheStreak() {
        Streaks streaks = aDailyHabitStarted(daysAgo(30))
                .done(daysAgo(3), daysAgo(2), daysAgo(1), TODAY)
                .streaks();

        assertThat(streaks.current()).isEqualTo(4);
        assertThat(streaks.longest()).isEqualTo(4);
    }

    @Test
    void aMissedDayBreaksTheStreak() {
        Streaks streaks = aDailyHabitStarted(daysAgo(30))
                .done(daysAgo(5), daysAgo(4), daysAgo(3))
                .done(daysAgo(1))
                .streaks();

        assertThat(streaks.current()).isEqualTo(1);
        assertThat(streaks.longest()).isEqualTo(3);
    }

    @Test
    void missingYesterdayLeavesNoCurrentStreak() {
        Streaks streaks = aDailyHabitStarted(daysAgo(30))
                .done(daysAgo(4), daysAgo(3), daysAgo(2))
                .streaks();

        assertThat(streaks.current()).isZero();
        assertThat(streaks.longest()).isEqualTo(3);
    }

    @Test
    void theLongestStreakIsKeptAfterABreak() {
        Streaks streaks = aDailyHabitStarted(daysAgo(30))
                .doneEveryDay(daysAgo(20), daysAgo(14))
                .done(daysAgo(2), daysAgo(1))
                .streaks();

        assertThat(streaks.current()).isEqualTo(2);
        assertThat(streaks.longest()).isEqualTo(7);
    }

    @Test
    void aSkippedDayNeitherCountsNorBreaks() {
        Streaks streaks = aDailyHabitStarted(daysAgo(30))
                .done(daysAgo(3))
                .skipped(daysAgo(2), daysAgo(1))
                .streaks();

        assertThat(streaks.current()).isEqualTo(1);
    }

    @Test
    void daysBeforeTheStartDateAndAfterTodayAreIgnored() {
        Streaks streaks = aDailyHabitStarted(daysAgo(2))
                .done(daysAgo(5), daysAgo(4), daysAgo(3))
                .done(daysAgo(2), daysAgo(1))
                .done(TODAY.plusDays(1))
                .streaks();

        assertThat(streaks.current()).isEqualTo(2);
        assertThat(streaks.longest()).isEqualTo(2);
    }

    @Test
    void aHabitWithNoCheckInsHasNoStreak() {
        Streaks streaks = aDailyHabitStarted(daysAgo(10)).streaks();

        assertThat(streaks.current()).isZero();
        assertThat(streaks.longest()).isZero();
    }

    @Test
    void aDailyStreakRunsAcrossTheLeapDay() {
        Streaks streaks = aDailyHabitStarted(on("2028-02-01"))
                .done(on("2028-02-28"), on("2028-02-29"), on("2028-03-01"))
                .streaksOn(on("2028-03-01"));

        assertThat(streaks.current()).isEqualTo(3);
    }

    @Test
    void withoutALeapDayTheStreakGoesFromFebruary28ToMarch1() {
        Streaks streaks = aDailyHabitStarted(on("2027-02-01"))
                .done(on("2027-02-27"), on("2027-02-28"), on("2027-03-01"))
                .streaksOn(on("2027-03-01"));

        assertThat(streaks.current()).isEqualTo(3);
    }

    @Test
    void missingTheLeapDayBreaksADailyStreak() {
        Streaks streaks = aDailyHabitStarted(on("2028-02-01"))
                .done(on("2028-02-27"), on("2028-02-28"), on("2028-03-01"))
                .streaksOn(on("2028-03-01"));

        assertThat(streaks.current()).isEqualTo(1);
        assertThat(streaks.longest()).isEqualTo(2);
    }

    @Test
    void aHabitStartedOnTheLeapDayCountsItAsItsFirstDay() {
        HabitProgress progress = aDailyHabitStarted(on("2028-02-29"))
                .done(on("2028-02-29"), on("2028-03-01"))
                .progress();

        assertThat(progress.dueOn(on("2028-02-28"))).isFalse();
        assertThat(progress.dueOn(on("2028-02-29"))).isTrue();
        assertThat(progress.streaks(on("2028-03-01")).current()).isEqualTo(2);
        assertThat(progress.completion(on("2028-02-01"), on("2028-03-01"), on("2028-03-01")).dueOccasions())
                .isEqualTo(2);
    }
}
