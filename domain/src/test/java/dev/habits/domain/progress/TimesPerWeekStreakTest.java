package dev.habits.domain.progress;

import static dev.habits.domain.progress.HabitStory.aTimesPerWeekHabitStarted;
import static dev.habits.domain.progress.HabitStory.on;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Twice a week" and "three times a week" habits; today is Sunday 22 November 2026. */
class TimesPerWeekStreakTest {

    /**
     * The same days done, read with three week starts. Monday weeks: 2–8, 9–15, 16–22 November, all
     * reached. Sunday weeks: 8–14 November has one done day and breaks the run. Saturday weeks:
     * every week reached, and the current one (21–27) already twice.
     */
    private static HabitStory twiceAWeekDoneOnTheSameDays() {
        return aTimesPerWeekHabitStarted(2, on("2026-11-02"))
                .done(on("2026-11-02"), on("2026-11-03"), on("2026-11-07"), on("2026-11-09"))
                .done(on("2026-11-15"), on("2026-11-16"), on("2026-11-21"), on("2026-11-22"));
    }

    @Test
    void weeksStartingOnMondayGiveAStreakOfThreeWeeks() {
        Streaks streaks = twiceAWeekDoneOnTheSameDays().withWeeksStartingOn(MONDAY).streaks();

        assertThat(streaks.current()).isEqualTo(3);
        assertThat(streaks.longest()).isEqualTo(3);
    }

    @Test
    void weeksStartingOnSundayBreakTheSameCheckInsIntoAStreakOfOne() {
        Streaks streaks = twiceAWeekDoneOnTheSameDays().withWeeksStartingOn(SUNDAY).streaks();

        assertThat(streaks.current()).isEqualTo(1);
        assertThat(streaks.longest()).isEqualTo(1);
    }

    @Test
    void weeksStartingOnSaturdayTurnTheSameCheckInsIntoAStreakOfFour() {
        Streaks streaks = twiceAWeekDoneOnTheSameDays().withWeeksStartingOn(SATURDAY).streaks();

        assertThat(streaks.current()).isEqualTo(4);
        assertThat(streaks.longest()).isEqualTo(4);
    }

    @Test
    void theCurrentWeekWhileStillOpenDoesNotBreakTheStreak() {
        Streaks streaks = aTimesPerWeekHabitStarted(3, on("2026-11-02"))
                .done(on("2026-11-02"), on("2026-11-04"), on("2026-11-06"))
                .done(on("2026-11-09"), on("2026-11-10"), on("2026-11-11"))
                .done(on("2026-11-16"))
                .streaksOn(on("2026-11-18"));

        assertThat(streaks.current()).isEqualTo(2);
    }

    @Test
    void reachingTheTargetInTheCurrentWeekExtendsTheStreak() {
        Streaks streaks = aTimesPerWeekHabitStarted(3, on("2026-11-02"))
                .done(on("2026-11-02"), on("2026-11-04"), on("2026-11-06"))
                .done(on("2026-11-09"), on("2026-11-10"), on("2026-11-11"))
                .done(on("2026-11-16"), on("2026-11-17"), on("2026-11-18"))
                .streaksOn(on("2026-11-18"));

        assertThat(streaks.current()).isEqualTo(3);
    }

    @Test
    void aWeekShortOfItsTargetBreaksTheStreak() {
        Streaks streaks = aTimesPerWeekHabitStarted(3, on("2026-11-02"))
                .done(on("2026-11-02"), on("2026-11-04"), on("2026-11-06"))
                .done(on("2026-11-09"), on("2026-11-11"))
                .done(on("2026-11-16"))
                .streaksOn(on("2026-11-18"));

        assertThat(streaks.current()).isZero();
        assertThat(streaks.longest()).isEqualTo(1);
    }

    @Test
    void aTimesPerWeekStreakIsCountedInWeeks() {
        Streaks streaks = aTimesPerWeekHabitStarted(1, on("2026-11-02")).done(on("2026-11-03")).streaks();

        assertThat(streaks.unit()).isEqualTo(StreakUnit.WEEKS);
    }

    @Test
    void aSkippedDayLowersTheWeeksTargetOnlyWhenTheWeekHasTooFewDaysLeft() {
        Streaks sixTimes = aTimesPerWeekHabitStarted(6, on("2026-11-09"))
                .skipped(on("2026-11-09"), on("2026-11-10"))
                .doneEveryDay(on("2026-11-11"), on("2026-11-15"))
                .streaks();

        assertThat(sixTimes.longest()).isEqualTo(1);
    }

    @Test
    void theDueDayOfATimesPerWeekHabitEndsOnceTheWeeksTargetIsReached() {
        HabitProgress progress = aTimesPerWeekHabitStarted(2, on("2026-11-02"))
                .done(on("2026-11-16"), on("2026-11-17"))
                .progress();

        assertThat(progress.dueOn(on("2026-11-17"))).as("due until the day that reaches the target").isTrue();
        assertThat(progress.dueOn(on("2026-11-18"))).isFalse();
        assertThat(progress.dueOn(on("2026-11-23"))).as("a new week asks again").isTrue();
    }
}
