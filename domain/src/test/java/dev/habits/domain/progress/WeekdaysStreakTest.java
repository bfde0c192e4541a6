package dev.habits.domain.progress;

import static dev.habits.domain.progress.HabitStory.aHabitOnWeekdaysStarted;
import static dev.habits.domain.progress.HabitStory.on;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Monday-and-Thursday habit over the three weeks before Sunday 22 November 2026. */
class WeekdaysStreakTest {
    private static final String[] MONDAYS_AND_THURSDAYS = {
        "2026-11-02", "2026-11-05", "2026-11-09", "2026-11-12", "2026-11-16", "2026-11-19"};

    private static HabitStory aMondayThursdayHabit() {
        return aHabitOnWeekdaysStarted(on("2026-11-02"), MONDAY, THURSDAY);
    }

    @Test
    void theStreakPassesOverUnscheduledDays() {
        HabitStory story = aMondayThursdayHabit();
        for (String day : MONDAYS_AND_THURSDAYS) {
            story.done(on(day));
        }

        Streaks streaks = story.streaks();

        assertThat(streaks.current()).isEqualTo(6);
        assertThat(streaks.longest()).isEqualTo(6);
        assertThat(streaks.unit()).isEqualTo(StreakUnit.DAYS);
    }

    @Test
    void aMissedScheduledDayBreaksTheStreak() {
        Streaks streaks = aMondayThursdayHabit()
                .done(on("2026-11-02"), on("2026-11-05"), on("2026-11-09"))
                .done(on("2026-11-16"), on("2026-11-19"))
                .streaks();

        assertThat(streaks.current()).isEqualTo(2);
        assertThat(streaks.longest()).isEqualTo(3);
    }

    @Test
    void checkInsOnUnscheduledDaysAreIgnored() {
        HabitStory story = aMondayThursdayHabit();
        for (String day : MONDAYS_AND_THURSDAYS) {
            story.done(on(day));
        }
        story.done(on("2026-11-03"), on("2026-11-10"), on("2026-11-21"));

        assertThat(story.streaks().current()).isEqualTo(6);
        assertThat(story.completion(on("2026-11-02"), on("2026-11-22")).doneCount()).isEqualTo(6);
    }

    @Test
    void doingAnUnscheduledDayDoesNotMakeUpForAMissedOne() {
        Streaks streaks = aMondayThursdayHabit()
                .done(on("2026-11-02"), on("2026-11-05"), on("2026-11-09"))
                .done(on("2026-11-13"))
                .done(on("2026-11-16"), on("2026-11-19"))
                .streaks();

        assertThat(streaks.current()).isEqualTo(2);
    }

    @Test
    void aScheduledTodayStillOpenDoesNotBreakTheStreak() {
        Streaks streaks = aMondayThursdayHabit()
                .done(on("2026-11-12"), on("2026-11-16"))
                .streaksOn(on("2026-11-19"));

        assertThat(streaks.current()).isEqualTo(2);
    }

    @Test
    void aSkippedScheduledDayNeitherCountsNorBreaks() {
        Streaks streaks = aMondayThursdayHabit()
                .done(on("2026-11-09"), on("2026-11-12"))
                .skipped(on("2026-11-16"))
                .done(on("2026-11-19"))
                .streaks();

        assertThat(streaks.current()).isEqualTo(3);
    }
}
