package dev.habits.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.Schedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws the streak and completion rules obey whatever the history, checked on generated ones. */
class ProgressPropertiesTest {
    private static final HabitId HABIT = new HabitId(new UUID(0, 1));
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    /** A generated situation: a schedule, a week start, how many days the habit has run, its check-ins. */
    record Story(Schedule schedule, DayOfWeek weekStart, int days, Map<Integer, CheckInStatus> checkIns) {
        LocalDate today() {
            return START.plusDays(days);
        }

        HabitProgress progress(Map<Integer, CheckInStatus> history) {
            List<CheckIn> list = new ArrayList<>();
            history.forEach((day, status) -> list.add(new CheckIn(HABIT, START.plusDays(day), status, "", AT, AT)));
            return HabitProgress.of(schedule, START, weekStart, list);
        }

        Streaks streaks(Map<Integer, CheckInStatus> history) {
            return progress(history).streaks(today());
        }
    }

    @Property
    void addingADoneDayNeverShortensTheLongestStreak(@ForAll("stories") Story story, @ForAll("offsets") int day) {
        int onDay = day % (story.days() + 1);
        Map<Integer, CheckInStatus> withDone = new TreeMap<>(story.checkIns());
        withDone.put(onDay, CheckInStatus.DONE);
        if (story.checkIns().get(onDay) == CheckInStatus.SKIPPED && story.schedule() instanceof Schedule.TimesPerWeek) {
            return; // a skip lowers a week's target; replacing it is not "adding" a day
        }
        assertThat(story.streaks(withDone).longest()).isGreaterThanOrEqualTo(story.streaks(story.checkIns()).longest());
    }

    @Property
    void skippingAnOpenDayNeverBreaksAStreak(@ForAll("stories") Story story, @ForAll("offsets") int day) {
        int onDay = day % (story.days() + 1);
        if (story.checkIns().containsKey(onDay)) {
            return;
        }
        Map<Integer, CheckInStatus> withSkip = new TreeMap<>(story.checkIns());
        withSkip.put(onDay, CheckInStatus.SKIPPED);
        Streaks before = story.streaks(story.checkIns());
        Streaks after = story.streaks(withSkip);
        assertThat(after.current()).isGreaterThanOrEqualTo(before.current());
        assertThat(after.longest()).isGreaterThanOrEqualTo(before.longest());
    }

    @Property
    void theCurrentStreakNeverExceedsTheLongest(@ForAll("stories") Story story) {
        Streaks streaks = story.streaks(story.checkIns());
        assertThat(streaks.current()).isBetween(0, streaks.longest());
    }

    @Property
    void theCompletionRateStaysWithinZeroAndOne(@ForAll("stories") Story story, @ForAll("offsets") int from,
                                                @ForAll("offsets") int length) {
        LocalDate lo = START.plusDays(from % (story.days() + 1));
        Completion completion = story.progress(story.checkIns()).completion(lo, lo.plusDays(length), story.today());
        assertThat(completion.rate()).isBetween(0.0, 1.0);
        assertThat(completion.doneOccasions()).isLessThanOrEqualTo(completion.dueOccasions());
    }

    @Property
    void aFullyDoneHistoryCompletesEverything(@ForAll("stories") Story story) {
        Map<Integer, CheckInStatus> allDone = new TreeMap<>();
        for (int day = 0; day <= story.days(); day++) {
            allDone.put(day, CheckInStatus.DONE);
        }
        Completion completion = story.progress(allDone).completion(START, story.today(), story.today());
        assertThat(completion.rate()).isEqualTo(completion.dueOccasions() == 0 ? 0.0 : 1.0);
        assertThat(completion.doneOccasions()).isEqualTo(completion.dueOccasions());
        assertThat(story.streaks(allDone).current()).isEqualTo(story.streaks(allDone).longest());
    }

    @Property
    void countingBackFromTodayGivesTheCurrentStreakOfTheWholeHistory(@ForAll("stories") Story story) {
        HabitProgress whole = story.progress(story.checkIns());
        assertThat(whole.currentStreakSince(START, story.today()))
                .hasValue(whole.streaks(story.today()).current());
    }

    @Property
    void theRecentHistoryAloneGivesTheCurrentStreakOrSaysItCannot(@ForAll("stories") Story story,
                                                                  @ForAll("offsets") int back) {
        // A week start, as the today view chooses it, so no window begins in the middle of a week.
        LocalDate since = story.today().minusDays(back % (story.days() + 1))
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(story.weekStart()));
        Map<Integer, CheckInStatus> recent = new TreeMap<>();
        story.checkIns().forEach((day, status) -> {
            if (!START.plusDays(day).isBefore(since)) {
                recent.put(day, status);
            }
        });
        OptionalInt fromRecent = story.progress(recent).currentStreakSince(since, story.today());
        int current = story.streaks(story.checkIns()).current();
        if (fromRecent.isPresent()) {
            assertThat(fromRecent.getAsInt()).isEqualTo(current);
        } else {
            // undecided only while the run reaches back past the window unbroken, so it holds all the window's
            assertThat(since).isAfter(START);
            assertThat(current).isGreaterThanOrEqualTo(story.streaks(recent).current());
        }
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 400);
    }

    @Provide
    Arbitrary<Story> stories() {
        Arbitrary<Schedule> schedules = Arbitraries.oneOf(
                Arbitraries.just(new Schedule.Daily()),
                Arbitraries.subsetOf(DayOfWeek.values()).ofMinSize(1)
                        .map(days -> (Schedule) new Schedule.Weekdays(EnumSet.copyOf(days))),
                Arbitraries.integers().between(1, 7).map(times -> (Schedule) new Schedule.TimesPerWeek(times)));
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 120);
        Arbitrary<Map<Integer, CheckInStatus>> histories = Arbitraries.maps(
                Arbitraries.integers().between(0, 120),
                Arbitraries.of(CheckInStatus.DONE, CheckInStatus.DONE, CheckInStatus.DONE, CheckInStatus.SKIPPED))
                .ofMaxSize(100);
        return Combinators.combine(schedules, Arbitraries.of(DayOfWeek.class), days, histories)
                .as((schedule, weekStart, span, history) -> {
                    Map<Integer, CheckInStatus> within = new TreeMap<>();
                    history.forEach((day, status) -> {
                        if (day <= span) {
                            within.put(day, status);
                        }
                    });
                    return new Story(schedule, weekStart, span, within);
                });
    }
}
