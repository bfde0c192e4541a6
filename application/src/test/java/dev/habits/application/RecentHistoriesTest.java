package dev.habits.application;

import static dev.habits.application.fixtures.TrackerStory.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.auth.RegisterCommand;
import dev.habits.application.fixtures.TestPorts;
import dev.habits.application.habit.HabitChange;
import dev.habits.application.habit.HabitDraft;
import dev.habits.application.habit.ScheduleSpec;
import dev.habits.application.port.CheckIns;
import dev.habits.application.port.HabitFilter;
import dev.habits.application.port.Habits;
import dev.habits.application.profile.ProfileChange;
import dev.habits.application.profile.SettingsChange;
import dev.habits.application.progress.Today;
import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInDay;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.progress.HabitStats;
import dev.habits.domain.user.UserId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Stats and today over kept histories: read once while nothing changes, and exactly what a core
 * that reads every time says after a change on this node or on another one.
 */
class RecentHistoriesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22); // the clock's day in UTC

    private final TestPorts ports = TestPorts.at("2026-11-22T09:30:00Z");
    private final CountingCheckIns reads = new CountingCheckIns(ports.checkIns);
    private final HabitTracker node = wired(ports.habits, reads);
    private final HabitTracker otherNode = wired(ports.habits, ports.checkIns);
    private final HabitTracker readingEveryTime = HabitTracker.wire(ports.ports(), Duration.ofDays(30));
    private final UserId ada = otherNode.auth()
            .register(RegisterCommand.of("ada@example.com", PASSWORD, "Ada", null)).user().id();

    @Test
    void statsReadAHistoryOnceWhileNothingChanges() {
        Habit read = habitDoneEveryDaySince(TODAY.minusDays(30), "Read");

        var first = node.progress().stats(ada, read.id(), null, null);
        var second = node.progress().stats(ada, read.id(), null, null);

        assertThat(second).isEqualTo(first);
        assertThat(first.streaks().current()).isEqualTo(31);
        assertThat(reads.whole).isEqualTo(1);
    }

    @Test
    void aChangeOnAnotherNodeIsSeenByTheNextStatsHere() {
        Habit read = habitDoneEveryDaySince(TODAY.minusDays(30), "Read");
        node.progress().stats(ada, read.id(), null, null);

        otherNode.checkIns().remove(ada, read.id(), TODAY.minusDays(1));
        assertThat(node.progress().stats(ada, read.id(), null, null))
                .isEqualTo(readingEveryTime.progress().stats(ada, read.id(), null, null))
                .extracting(stats -> stats.streaks().current()).isEqualTo(1);

        otherNode.checkIns().record(ada, read.id(), TODAY.minusDays(1), CheckInStatus.SKIPPED, null);
        assertThat(node.progress().stats(ada, read.id(), null, null))
                .isEqualTo(readingEveryTime.progress().stats(ada, read.id(), null, null));
        assertThat(reads.whole).isEqualTo(3);
    }

    @Test
    void todayReadsRecentDaysOnceWhileNothingChangesAndAgainAfterACheckIn() {
        habitDoneEveryDaySince(TODAY.minusDays(10), "Read");
        Habit walk = habitDoneEveryDaySince(TODAY.minusDays(3), "Walk");

        node.progress().today(ada);
        node.progress().today(ada);
        assertThat(reads.recent).isEqualTo(1);

        otherNode.checkIns().remove(ada, walk.id(), TODAY);
        assertThat(node.progress().today(ada)).isEqualTo(readingEveryTime.progress().today(ada));
        assertThat(node.progress().today(ada).habits())
                .extracting(entry -> entry.habit().name().value() + " " + entry.status() + " " + entry.currentStreak())
                .containsExactly("Read DONE 11", "Walk null 3");
        assertThat(reads.recent).isEqualTo(2);
    }

    @Test
    void theTodayViewIsMadeOnceWhileNothingChangesAndAfreshAfterAnEditElsewhereANewDayOrAnotherWeekStart() {
        Habit read = habitDoneEveryDaySince(TODAY.minusDays(3), "Read");
        Habit walk = habitWithTimesAWeekSince(TODAY.minusDays(20), "Walk");
        Today first = node.progress().today(ada);
        assertThat(node.progress().today(ada)).isSameAs(first);

        otherNode.habits().update(ada, read.id(), new HabitChange("Read more", null, null, null, null));
        assertThat(node.progress().today(ada)).isEqualTo(readingEveryTime.progress().today(ada))
                .extracting(today -> today.habits().get(0).habit().name().value()).isEqualTo("Read more");

        ports.clock.advance(Duration.ofDays(1));
        assertThat(node.progress().today(ada)).isEqualTo(readingEveryTime.progress().today(ada))
                .extracting(Today::date).isEqualTo(TODAY.plusDays(1));

        Today mondayWeeks = node.progress().today(ada);
        node.profile().update(ada, new ProfileChange(null, new SettingsChange(null, "SUNDAY", null, null, null)));
        ports.clock.advance(Duration.ofMinutes(1)); // past the other node's copy of the user row
        Today sundayWeeks = node.progress().today(ada);
        assertThat(sundayWeeks).isEqualTo(readingEveryTime.progress().today(ada)).isNotSameAs(mondayWeeks);
        assertThat(sundayWeeks.habits().get(1).habit().id()).isEqualTo(walk.id());
    }

    @Test
    void statsAreCountedOnceWhileNothingChangesAndAfreshAfterAnEditElsewhereANewDayAnotherRangeOrWeekStart() {
        Habit walk = habitWithTimesAWeekSince(TODAY.minusDays(40), "Walk");
        HabitStats first = node.progress().stats(ada, walk.id(), null, null);
        assertThat(node.progress().stats(ada, walk.id(), null, null)).isSameAs(first);

        otherNode.habits().update(ada, walk.id(), new HabitChange(null, null, null,
                new ScheduleSpec("timesPerWeek", null, 2), null));
        HabitStats twiceAWeek = node.progress().stats(ada, walk.id(), null, null);
        assertThat(twiceAWeek).isEqualTo(freshNode().progress().stats(ada, walk.id(), null, null))
                .isNotEqualTo(first);

        LocalDate from = TODAY.minusDays(13);
        assertThat(node.progress().stats(ada, walk.id(), from, TODAY))
                .isEqualTo(freshNode().progress().stats(ada, walk.id(), from, TODAY))
                .extracting(HabitStats::from).isEqualTo(from);

        ports.clock.advance(Duration.ofDays(1));
        assertThat(node.progress().stats(ada, walk.id(), null, null))
                .isEqualTo(freshNode().progress().stats(ada, walk.id(), null, null))
                .extracting(HabitStats::to).isEqualTo(TODAY.plusDays(1));

        HabitStats mondayWeeks = node.progress().stats(ada, walk.id(), null, null);
        node.profile().update(ada, new ProfileChange(null, new SettingsChange(null, "SUNDAY", null, null, null)));
        ports.clock.advance(Duration.ofMinutes(1)); // past the other node's copy of the user row
        assertThat(node.progress().stats(ada, walk.id(), null, null))
                .isEqualTo(freshNode().progress().stats(ada, walk.id(), null, null))
                .isNotEqualTo(mondayWeeks);
    }

    @Test
    void aRunLongerThanTheTodayWindowReadsItsWholeHistoryOnceAndStatsUseTheSameCopy() {
        Habit read = habitDoneEveryDaySince(TODAY.minusDays(120), "Read");

        assertThat(node.progress().today(ada).habits().get(0).currentStreak()).isEqualTo(121);
        node.progress().today(ada);
        node.progress().stats(ada, read.id(), null, null);

        assertThat(reads.recent).isEqualTo(1);
        assertThat(reads.whole).isEqualTo(1);
    }

    @Test
    void aStoreThatKeepsNoTagsIsReadEveryTime() {
        HabitTracker untagged = wired(new UntaggedHabits(ports.habits), reads);
        Habit read = habitDoneEveryDaySince(TODAY.minusDays(5), "Read");

        untagged.progress().stats(ada, read.id(), null, null);
        untagged.progress().stats(ada, read.id(), null, null);
        untagged.progress().today(ada);
        untagged.progress().today(ada);

        assertThat(reads.whole).isEqualTo(2);
        assertThat(reads.recent).isEqualTo(2);
    }

    @Test
    void aCoreToldToKeepNoHistoriesBuildsEveryStatsAndTodayAnew() {
        HabitTracker.Ports all = ports.ports();
        HabitTracker keepingNothing = HabitTracker.wire(new HabitTracker.Ports(all.users(), ports.habits, reads,
                all.refreshTokens(), all.transactions(), all.hasher(), all.accessTokens(), all.ids(), all.events(),
                all.clock()), Duration.ofDays(30));
        Habit read = habitDoneEveryDaySince(TODAY.minusDays(5), "Read");

        assertThat(keepingNothing.progress().stats(ada, read.id(), null, null))
                .isNotSameAs(keepingNothing.progress().stats(ada, read.id(), null, null));
        assertThat(keepingNothing.progress().today(ada)).isNotSameAs(keepingNothing.progress().today(ada));
        assertThat(reads.whole).isEqualTo(2);
        assertThat(reads.recent).isEqualTo(2);
    }

    @Test
    void theDaysKeptStayWithinTheBound() {
        for (int i = 0; i < 30; i++) {
            habitDoneEveryDaySince(TODAY.minusDays(9), "Habit " + i);
        }
        RecentHistories bounded = new RecentHistories(reads, 100);
        List<Habits.Tagged> habits = ports.habits.tagged(ada, HabitFilter.ALL);

        for (Habits.Tagged habit : habits) {
            assertThat(bounded.whole(ada, habit)).hasSize(10);
            assertThat(bounded.keptDays()).isLessThanOrEqualTo(100);
        }
        assertThat(bounded.since(ada, habits, TODAY.minusDays(2))).hasSize(30).allSatisfy(days ->
                assertThat(days).extracting(CheckInDay::date).containsExactly(TODAY.minusDays(2),
                        TODAY.minusDays(1), TODAY));
        assertThat(bounded.keptDays()).isLessThanOrEqualTo(100);
    }

    @Test
    void noRoomKeepsNothing() {
        Habit read = habitDoneEveryDaySince(TODAY.minusDays(5), "Read");
        RecentHistories none = new RecentHistories(reads, 0);
        Habits.Tagged tagged = ports.habits.taggedById(ada, read.id()).orElseThrow();

        none.whole(ada, tagged);
        none.whole(ada, tagged);

        assertThat(reads.whole).isEqualTo(2);
        assertThat(none.keptDays()).isZero();
    }

    private Habit habitDoneEveryDaySince(LocalDate start, String name) {
        Habit habit = otherNode.habits().create(ada, HabitDraft.of(name, null, null, null, start.toString()));
        for (LocalDate day = start; !day.isAfter(TODAY); day = day.plusDays(1)) {
            otherNode.checkIns().record(ada, habit.id(), day, CheckInStatus.DONE, null);
        }
        return habit;
    }

    /** Three times a week, done on Mondays and Tuesdays: whether it is due depends on where weeks start. */
    private Habit habitWithTimesAWeekSince(LocalDate start, String name) {
        Habit habit = otherNode.habits().create(ada, HabitDraft.of(name, null, null,
                new ScheduleSpec("timesPerWeek", null, 3), start.toString()));
        for (LocalDate day = start; !day.isAfter(TODAY); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 2) {
                otherNode.checkIns().record(ada, habit.id(), day, CheckInStatus.DONE, null);
            }
        }
        return habit;
    }

    /** A node that has kept nothing yet. */
    private HabitTracker freshNode() {
        return HabitTracker.wire(ports.ports(), Duration.ofDays(30));
    }

    private HabitTracker wired(Habits habits, CheckIns checkIns) {
        HabitTracker.Ports all = ports.ports();
        return HabitTracker.wire(new HabitTracker.Ports(all.users(), habits, checkIns, all.refreshTokens(),
                all.transactions(), all.hasher(), all.accessTokens(), all.ids(), all.events(), all.clock()),
                Duration.ofDays(30), Duration.ZERO);
    }

    /** Check-ins that count the reads of histories. */
    private static final class CountingCheckIns implements CheckIns {
        private final CheckIns store;
        int whole;
        int recent;

        CountingCheckIns(CheckIns store) {
            this.store = store;
        }

        @Override
        public Optional<HabitOnDay> habitOn(UserId owner, HabitId habit, LocalDate date) {
            return store.habitOn(owner, habit, date);
        }

        @Override
        public void save(UserId owner, CheckIn checkIn) {
            store.save(owner, checkIn);
        }

        @Override
        public boolean remove(UserId owner, HabitId habit, LocalDate date) {
            return store.remove(owner, habit, date);
        }

        @Override
        public List<CheckIn> between(UserId owner, HabitId habit, LocalDate from, LocalDate to) {
            return store.between(owner, habit, from, to);
        }

        @Override
        public List<CheckInDay> daysOf(UserId owner, HabitId habit) {
            whole++;
            return store.daysOf(owner, habit);
        }

        @Override
        public Map<HabitId, List<CheckInDay>> daysSince(UserId owner, LocalDate since) {
            recent++;
            return store.daysSince(owner, since);
        }

        @Override
        public Map<HabitId, List<CheckIn>> historiesOf(UserId owner) {
            return store.historiesOf(owner);
        }
    }

    /** Habits of a store that keeps no history tags: the port's default methods. */
    private record UntaggedHabits(Habits store) implements Habits {
        @Override
        public Optional<Habit> byId(UserId owner, HabitId id) {
            return store.byId(owner, id);
        }

        @Override
        public List<Habit> of(UserId owner, HabitFilter filter) {
            return store.of(owner, filter);
        }

        @Override
        public boolean activeNameTaken(UserId owner, HabitName name, HabitId except) {
            return store.activeNameTaken(owner, name, except);
        }

        @Override
        public int nextPosition(UserId owner) {
            return store.nextPosition(owner);
        }

        @Override
        public void add(Habit habit) {
            store.add(habit);
        }

        @Override
        public void update(Habit habit) {
            store.update(habit);
        }

        @Override
        public void delete(UserId owner, HabitId id) {
            store.delete(owner, id);
        }
    }
}
