package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.habits.application.port.CheckIns;
import dev.habits.application.port.HabitFilter;
import dev.habits.application.port.Habits;
import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInDay;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.Color;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.habit.Schedule;
import dev.habits.domain.user.User;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What any {@link dev.habits.application.port.CheckIns} over our schema must do, on each database. */
abstract class CheckInsContract extends DatabaseContract {

    @Test
    void aSavedCheckInIsFoundOnItsDay() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        CheckIn skipped = new CheckIn(habit.id(), TODAY, CheckInStatus.SKIPPED, "ill, 🤒\nstayed in", NOW, NOW);

        db.checkIns().save(owner.id(), skipped);

        assertThat(on(owner, habit, TODAY)).contains(skipped);
        assertThat(on(owner, habit, TODAY.minusDays(1))).isEmpty();
    }

    @Test
    void savingTheSameDayAgainReplacesTheCheckInKeepingOneRow() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        CheckIn first = done(habit, TODAY);
        CheckIn replacement = first.replacedBy(CheckInStatus.SKIPPED, "changed my mind", NOW.plusSeconds(60));

        db.checkIns().save(owner.id(), first);
        db.checkIns().save(owner.id(), replacement);

        assertThat(everything(owner, habit)).containsExactly(replacement);
    }

    @Test
    void removingACheckInSaysWhetherThereWasOne() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        db.checkIns().save(owner.id(), done(habit, TODAY));

        assertThat(db.checkIns().remove(owner.id(), habit.id(), TODAY)).isTrue();
        assertThat(db.checkIns().remove(owner.id(), habit.id(), TODAY)).isFalse();
        assertThat(on(owner, habit, TODAY)).isEmpty();
    }

    @Test
    void aRangeIncludesBothEndsInDateOrder() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        for (int daysAgo : new int[] {0, 5, 1, 10, 3, 11}) {
            db.checkIns().save(owner.id(), done(habit, TODAY.minusDays(daysAgo)));
        }

        assertThat(db.checkIns().between(owner.id(), habit.id(), TODAY.minusDays(10), TODAY.minusDays(1)))
                .extracting(CheckIn::date)
                .containsExactly(TODAY.minusDays(10), TODAY.minusDays(5), TODAY.minusDays(3), TODAY.minusDays(1));
    }

    @Test
    void theDaysOfAHabitAreItsWholeHistoryAsDaysAndStatusesInDateOrder() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        for (int daysAgo : new int[] {0, 5, 1, 10, 3, 11}) {
            db.checkIns().save(owner.id(), done(habit, TODAY.minusDays(daysAgo)));
        }
        db.checkIns().save(owner.id(), new CheckIn(habit.id(), TODAY.minusDays(400), CheckInStatus.SKIPPED, "", NOW, NOW));

        assertThat(db.checkIns().daysOf(owner.id(), habit.id())).extracting(CheckInDay::date)
                .containsExactly(TODAY.minusDays(400), TODAY.minusDays(11), TODAY.minusDays(10), TODAY.minusDays(5),
                        TODAY.minusDays(3), TODAY.minusDays(1), TODAY);
        assertThat(db.checkIns().daysOf(owner.id(), habit.id())).extracting(CheckInDay::status)
                .containsExactly(CheckInStatus.SKIPPED, CheckInStatus.DONE, CheckInStatus.DONE, CheckInStatus.DONE,
                        CheckInStatus.DONE, CheckInStatus.DONE, CheckInStatus.DONE);
    }

    @Test
    void historiesAreGroupedByHabitEachInDateOrder() {
        User owner = aUser();
        Habit read = aHabit(owner, "Read");
        Habit walk = aHabit(owner, "Walk");
        aHabit(owner, "Never done");
        db.checkIns().save(owner.id(), done(read, TODAY));
        db.checkIns().save(owner.id(), done(walk, TODAY));
        db.checkIns().save(owner.id(), done(read, TODAY.minusDays(2)));

        var histories = db.checkIns().historiesOf(owner.id());

        assertThat(histories).containsOnlyKeys(read.id(), walk.id());
        assertThat(histories.get(read.id())).containsExactly(done(read, TODAY.minusDays(2)), done(read, TODAY));
        assertThat(histories.get(walk.id())).containsExactly(done(walk, TODAY));
    }

    @Test
    void recentHistoriesStartOnTheGivenDayAndLeaveOutHabitsWithNothingSince() {
        User owner = aUser();
        Habit read = aHabit(owner, "Read");
        Habit walk = aHabit(owner, "Walk");
        db.checkIns().save(owner.id(), done(read, TODAY.minusDays(9)));
        db.checkIns().save(owner.id(), done(read, TODAY.minusDays(3)));
        db.checkIns().save(owner.id(), done(read, TODAY));
        db.checkIns().save(owner.id(), done(walk, TODAY.minusDays(4)));

        db.checkIns().save(owner.id(), new CheckIn(walk.id(), TODAY, CheckInStatus.SKIPPED, "", NOW, NOW));

        var recent = db.checkIns().daysSince(owner.id(), TODAY.minusDays(3));

        assertThat(recent).containsOnlyKeys(read.id(), walk.id());
        assertThat(recent.get(read.id())).extracting(CheckInDay::date).containsExactly(TODAY.minusDays(3), TODAY);
        assertThat(recent.get(walk.id())).extracting(CheckInDay::status).containsExactly(CheckInStatus.SKIPPED);
        assertThat(db.checkIns().daysSince(aUser().id(), TODAY.minusDays(30))).isEmpty();
    }

    @Test
    void anotherUsersHabitGetsNoCheckInAndShowsNone() {
        User owner = aUser();
        User stranger = aUser();
        Habit habit = aHabit(owner, "Read");
        db.checkIns().save(owner.id(), done(habit, TODAY));

        db.checkIns().save(stranger.id(), done(habit, TODAY.minusDays(1)));

        assertThat(db.checkIns().habitOn(stranger.id(), habit.id(), TODAY)).isEmpty();
        assertThat(db.checkIns().between(stranger.id(), habit.id(), TODAY.minusDays(5), TODAY)).isEmpty();
        assertThat(db.checkIns().daysOf(stranger.id(), habit.id())).isEmpty();
        assertThat(db.checkIns().daysSince(stranger.id(), TODAY.minusDays(5))).isEmpty();
        assertThat(db.checkIns().historiesOf(stranger.id())).isEmpty();
        assertThat(db.checkIns().remove(stranger.id(), habit.id(), TODAY)).isFalse();
        assertThat(everything(owner, habit)).containsExactly(done(habit, TODAY));
    }

    @Test
    void aHabitDeletedSinceItWasReadGetsNoCheckIn() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        db.habits().delete(owner.id(), habit.id());

        db.checkIns().save(owner.id(), done(habit, TODAY));

        assertThat(db.checkIns().habitOn(owner.id(), habit.id(), TODAY)).isEmpty();
    }

    @Test
    void aHabitIsReadWithItsCheckInOfThatDayOnly() {
        User owner = aUser();
        Habit read = aHabit(owner, "Read");
        Habit run = aHabit(owner, "Run");
        CheckIn readToday = new CheckIn(read.id(), TODAY, CheckInStatus.SKIPPED, "ill", NOW, NOW.plusSeconds(5));
        db.checkIns().save(owner.id(), readToday);
        db.checkIns().save(owner.id(), done(read, TODAY.minusDays(1)));
        db.checkIns().save(owner.id(), done(run, TODAY));

        assertThat(db.checkIns().habitOn(owner.id(), read.id(), TODAY))
                .contains(new CheckIns.HabitOnDay(read, readToday));
        assertThat(db.checkIns().habitOn(owner.id(), read.id(), TODAY.minusDays(2)))
                .contains(new CheckIns.HabitOnDay(read, null));
    }

    @Test
    void anArchivedHabitIsReadWithItsDayAsStored() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        db.checkIns().save(owner.id(), done(habit, TODAY));
        Habit archived = habit.archive(NOW.plusSeconds(60));
        db.habits().update(archived);

        assertThat(db.checkIns().habitOn(owner.id(), habit.id(), TODAY))
                .contains(new CheckIns.HabitOnDay(archived, done(habit, TODAY)));
    }

    @Test
    void manyWritersRecordingTheSameDayAtOnceAllSucceedAndLeaveOneRow() throws InterruptedException {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");

        List<Object> outcomes = race(() -> db.transactions().inTransaction(() -> {
            db.checkIns().save(owner.id(), done(habit, TODAY));
            return "saved";
        }));

        assertThat(outcomes).containsOnly("saved");
        assertThat(everything(owner, habit)).containsExactly(done(habit, TODAY));
    }

    @Test
    void manyWritersOutsideATransactionAlsoLeaveOneRow() throws InterruptedException {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");

        List<Object> outcomes = race(() -> {
            db.checkIns().save(owner.id(), done(habit, TODAY));
            return "saved";
        });

        assertThat(outcomes).containsOnly("saved");
        assertThat(everything(owner, habit)).hasSize(1);
    }

    @Test
    void everyChangeToAHabitsCheckInsGivesItANewHistoryTagAndNothingElseDoes() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        Habit other = aHabit(owner, "Walk");
        long created = tagOf(owner, habit);
        long otherTag = tagOf(owner, other);

        db.checkIns().save(owner.id(), done(habit, TODAY));
        long saved = tagOf(owner, habit);
        db.checkIns().save(owner.id(), done(habit, TODAY).replacedBy(CheckInStatus.SKIPPED, null, NOW));
        long replaced = tagOf(owner, habit);
        db.checkIns().remove(owner.id(), habit.id(), TODAY.minusDays(1)); // nothing there
        long nothingRemoved = tagOf(owner, habit);
        db.checkIns().remove(owner.id(), habit.id(), TODAY);
        long removed = tagOf(owner, habit);

        assertThat(List.of(created, saved, replaced, removed)).doesNotHaveDuplicates()
                .doesNotContain(Habits.Tagged.UNTAGGED);
        assertThat(nothingRemoved).as("removing nothing keeps the tag").isEqualTo(replaced);
        assertThat(tagOf(owner, other)).as("another habit's tag").isEqualTo(otherTag);
    }

    @Test
    void aCheckInCarriesThisNodesCopyOfItsHabitToTheNewTagUnlessTheHabitChangedElsewhere() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        Habit copy = db.habits().byId(owner.id(), habit.id()).orElseThrow();

        db.checkIns().save(owner.id(), done(habit, TODAY));
        assertThat(db.habits().byId(owner.id(), habit.id())).get().isSameAs(copy);

        Habit renamed = habit.withDetails(new HabitName("Read more"), "", Color.DEFAULT, Schedule.DEFAULT,
                habit.startDate(), NOW.plusSeconds(1));
        anotherNode().habits().update(renamed);
        db.checkIns().save(owner.id(), done(habit, TODAY.minusDays(1)));
        assertThat(db.habits().byId(owner.id(), habit.id())).contains(renamed);
        assertThat(on(owner, habit, TODAY.minusDays(1))).contains(done(habit, TODAY.minusDays(1)));
    }

    @Test
    void aSaveAloneOutsideATransactionIsStoredWithItsTagAndKeepsThisNodesCopy() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        Habit copy = db.habits().byId(owner.id(), habit.id()).orElseThrow();
        long before = tagOf(owner, habit);

        db.transactions().single(() -> {
            db.checkIns().save(owner.id(), done(habit, TODAY));
            return null;
        });

        assertThat(on(owner, habit, TODAY)).contains(done(habit, TODAY));
        assertThat(tagOf(owner, habit)).isNotEqualTo(before);
        assertThat(db.habits().byId(owner.id(), habit.id())).get().isSameAs(copy);
        assertThat(anotherNode().checkIns().habitOn(owner.id(), habit.id(), TODAY))
                .map(CheckIns.HabitOnDay::checkIn).contains(done(habit, TODAY));
    }

    @Test
    void aWriteThatRollsBackLeavesTheTagItFound() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        long before = tagOf(owner, habit);

        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            db.checkIns().save(owner.id(), done(habit, TODAY));
            throw new IllegalStateException("the use case refused after saving");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tagOf(owner, habit)).isEqualTo(before);
        assertThat(everything(owner, habit)).isEmpty();
    }

    @Test
    void aHabitReadAfterACheckInIsTheHabitAsStoredThoughAnotherNodeChangedItFirst() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        assertThat(db.habits().of(owner.id(), HabitFilter.ACTIVE)).containsExactly(habit);

        db.checkIns().save(owner.id(), done(habit, TODAY));
        assertThat(db.habits().byId(owner.id(), habit.id())).contains(habit);
        assertThat(db.habits().of(owner.id(), HabitFilter.ACTIVE)).containsExactly(habit);

        // This node's copy is now older than the row: the next check-in here must not pass it off as the row.
        Habit renamed = habit.withDetails(new HabitName("Read more"), "an hour", new Color("#112233"),
                new Schedule.TimesPerWeek(4), TODAY.minusDays(2), NOW.plusSeconds(1));
        anotherNode().habits().update(renamed);
        db.checkIns().save(owner.id(), done(habit, TODAY.minusDays(1)));
        assertThat(db.habits().byId(owner.id(), habit.id())).contains(renamed);
        assertThat(db.habits().of(owner.id(), HabitFilter.ACTIVE)).containsExactly(renamed);

        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            db.checkIns().save(owner.id(), done(habit, TODAY.minusDays(2)));
            throw new IllegalStateException("the use case refused after saving");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(db.habits().of(owner.id(), HabitFilter.ACTIVE)).containsExactly(renamed);
    }

    /** The habit's check-in on the day, read as recording a day reads it. */
    private Optional<CheckIn> on(User owner, Habit habit, LocalDate day) {
        return db.checkIns().habitOn(owner.id(), habit.id(), day).map(CheckIns.HabitOnDay::checkIn);
    }

    /** Every check-in of the habit, whole, in the years the tests write. */
    private List<CheckIn> everything(User owner, Habit habit) {
        return db.checkIns().between(owner.id(), habit.id(), TODAY.minusYears(5), TODAY.plusYears(1));
    }
}
