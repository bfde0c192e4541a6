package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.habits.application.port.HabitFilter;
import dev.habits.application.port.Habits;
import dev.habits.domain.habit.Color;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.habit.Schedule;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.shared.FieldError;
import dev.habits.domain.user.User;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link dev.habits.application.port.Habits} over our schema must do, on each database. */
abstract class HabitsContract extends DatabaseContract {

    @Test
    void everyKindOfScheduleAndAnArchiveTimeSurviveTheRoundTrip() {
        User owner = aUser();
        Habit weekdays = new Habit(new HabitId(UUID.randomUUID()), owner.id(), new HabitName("Gym"),
                "Legs,\nthen arms", new Color("#123abc"),
                new Schedule.Weekdays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY)),
                TODAY.minusDays(3), NOW.plusSeconds(5), 2, NOW, NOW.plusSeconds(5));
        Habit perWeek = new Habit(new HabitId(UUID.randomUUID()), owner.id(), new HabitName("Swim 🏊"), "",
                Color.DEFAULT, new Schedule.TimesPerWeek(3), TODAY, null, 0, NOW, NOW);
        Habit daily = habitNamed(owner, "Read", 1);

        List.of(weekdays, perWeek, daily).forEach(db.habits()::add);

        assertThat(db.habits().byId(owner.id(), weekdays.id())).contains(weekdays);
        assertThat(db.habits().byId(owner.id(), perWeek.id())).contains(perWeek);
        assertThat(db.habits().byId(owner.id(), daily.id())).contains(daily);
    }

    @Test
    void anotherUsersHabitIsNeverFoundChangedOrDeleted() {
        User owner = aUser();
        User stranger = aUser();
        Habit habit = aHabit(owner, "Read");

        db.habits().update(new Habit(habit.id(), stranger.id(), new HabitName("Hacked"), "", Color.DEFAULT,
                Schedule.DEFAULT, TODAY, null, 0, NOW, NOW));
        db.habits().delete(stranger.id(), habit.id());

        assertThat(db.habits().byId(stranger.id(), habit.id())).isEmpty();
        assertThat(db.habits().of(stranger.id(), HabitFilter.ALL)).isEmpty();
        assertThat(db.habits().byId(owner.id(), habit.id())).contains(habit);
    }

    @Test
    void aListIsOrderedByPositionThenNewestFirstAndFilteredByArchiving() {
        User owner = aUser();
        Habit second = habitNamed(owner, "Second", 1);
        Habit olderFirst = habitNamed(owner, "Older first", 0);
        Habit newerFirst = new Habit(new HabitId(UUID.randomUUID()), owner.id(), new HabitName("Newer first"), "",
                Color.DEFAULT, Schedule.DEFAULT, TODAY, null, 0, NOW.plusSeconds(10), NOW.plusSeconds(10));
        Habit archived = habitNamed(owner, "Archived", 5).archive(NOW);
        List.of(second, olderFirst, newerFirst, archived).forEach(db.habits()::add);

        assertThat(db.habits().of(owner.id(), HabitFilter.ACTIVE)).containsExactly(newerFirst, olderFirst, second);
        assertThat(db.habits().of(owner.id(), HabitFilter.ARCHIVED)).containsExactly(archived);
        assertThat(db.habits().of(owner.id(), HabitFilter.ALL))
                .containsExactly(newerFirst, olderFirst, second, archived);
        assertThat(db.habits().tagged(owner.id(), HabitFilter.ACTIVE)).as("the same list with history tags")
                .extracting(Habits.Tagged::habit).containsExactly(newerFirst, olderFirst, second);
        assertThat(db.habits().tagged(owner.id(), HabitFilter.ALL)).allMatch(Habits.Tagged::tagged);
        assertThat(db.habits().taggedById(owner.id(), archived.id())).map(Habits.Tagged::habit).contains(archived);
    }

    @Test
    void everyWriteOfAHabitGivesItANewTagAndAFailedOneLeavesItAsItWas() {
        User owner = aUser();
        Habit read = aHabit(owner, "Read");
        Habit walk = aHabit(owner, "Walk");
        long added = tagOf(owner, read);
        assertThat(added).isNotEqualTo(Habits.Tagged.UNTAGGED).isNotEqualTo(tagOf(owner, walk));

        Habit moved = read.atPosition(5, NOW.plusSeconds(1));
        db.habits().update(moved);
        long updated = tagOf(owner, moved);
        assertThat(updated).isNotEqualTo(added);

        assertConflictOnName(() -> db.habits().update(moved.withDetails(new HabitName("walk"), "", Color.DEFAULT,
                Schedule.DEFAULT, TODAY, NOW.plusSeconds(2))));
        assertThat(db.habits().taggedById(owner.id(), read.id())).contains(new Habits.Tagged(moved, updated));
    }

    @Test
    void aHabitChangedOnAnotherNodeIsSeenChangedAtOnceThoughThisNodeReadItBefore() {
        User owner = aUser();
        Habit read = aHabit(owner, "Read");
        Habit walk = aHabit(owner, "Walk");
        assertThat(db.habits().of(owner.id(), HabitFilter.ACTIVE)).containsExactly(read, walk);
        assertThat(db.habits().byId(owner.id(), read.id())).contains(read);

        Habits there = anotherNode().habits();
        Habit renamed = read.withDetails(new HabitName("Read more"), "an hour", new Color("#112233"),
                new Schedule.TimesPerWeek(4), TODAY.minusDays(2), NOW.plusSeconds(1)).atPosition(3, NOW.plusSeconds(1));
        there.update(renamed);
        assertThat(db.habits().of(owner.id(), HabitFilter.ACTIVE)).containsExactly(walk, renamed);
        assertThat(db.habits().byId(owner.id(), read.id())).contains(renamed);
        assertThat(db.habits().tagged(owner.id(), HabitFilter.ALL)).extracting(Habits.Tagged::habit)
                .containsExactly(walk, renamed);

        Habit archived = walk.archive(NOW.plusSeconds(2));
        there.update(archived);
        assertThat(db.habits().of(owner.id(), HabitFilter.ACTIVE)).containsExactly(renamed);
        assertThat(db.habits().of(owner.id(), HabitFilter.ARCHIVED)).containsExactly(archived);

        there.delete(owner.id(), read.id());
        assertThat(db.habits().of(owner.id(), HabitFilter.ALL)).containsExactly(archived);
        assertThat(db.habits().taggedById(owner.id(), read.id())).isEmpty();
    }

    @Test
    void aNameIsTakenByAnActiveHabitOfTheSameOwnerWhateverItsCase() {
        User owner = aUser();
        Habit read = aHabit(owner, "Read");
        Habit archived = aHabit(owner, "Walk");
        db.habits().update(archived.archive(NOW));

        assertThat(db.habits().activeNameTaken(owner.id(), new HabitName("READ"), null)).isTrue();
        assertThat(db.habits().activeNameTaken(owner.id(), new HabitName("read"), read.id())).isFalse();
        assertThat(db.habits().activeNameTaken(owner.id(), new HabitName("Walk"), null)).isFalse();
        assertThat(db.habits().activeNameTaken(aUser().id(), new HabitName("Read"), null)).isFalse();
    }

    @Test
    void theNextPositionIsOnePastTheHighestActiveOne() {
        User owner = aUser();
        assertThat(db.habits().nextPosition(owner.id())).isZero();

        aHabit(owner, "First");
        Habit second = aHabit(owner, "Second");
        db.habits().add(habitNamed(owner, "Old", 9).archive(NOW));

        assertThat(second.position()).isEqualTo(1);
        assertThat(db.habits().nextPosition(owner.id())).isEqualTo(2);
    }

    @Test
    void aSecondActiveHabitOfTheSameNameIsAConflictOnNameButAnArchivedOneIsNot() {
        User owner = aUser();
        Habit read = aHabit(owner, "Read");

        assertConflictOnName(() -> db.habits().add(habitNamed(owner, "rEAD", 1)));

        db.habits().update(read.archive(NOW));
        Habit again = aHabit(owner, "READ");
        assertThat(db.habits().of(owner.id(), HabitFilter.ALL)).containsExactlyInAnyOrder(read.archive(NOW), again);
        assertConflictOnName(() -> db.habits().update(read.archive(NOW).unarchive(NOW, 2)));
    }

    @Test
    void renamingOntoAnotherActiveHabitsNameIsAConflictOnName() {
        User owner = aUser();
        aHabit(owner, "Read");
        Habit walk = aHabit(owner, "Walk");

        assertConflictOnName(() -> db.habits().update(walk.withDetails(new HabitName("read"), "", Color.DEFAULT,
                Schedule.DEFAULT, TODAY, NOW)));
        Habit renamed = walk.withDetails(new HabitName("Walk far"), "with the dog", new Color("#000000"),
                new Schedule.TimesPerWeek(2), TODAY.minusDays(1), NOW.plusSeconds(1));
        db.habits().update(renamed);

        assertThat(db.habits().byId(owner.id(), walk.id())).contains(renamed);
    }

    @Test
    void deletingAHabitDeletesItsCheckInsOnly() {
        User owner = aUser();
        Habit gone = aHabit(owner, "Gone");
        Habit kept = aHabit(owner, "Kept");
        db.checkIns().save(owner.id(), done(gone, TODAY));
        db.checkIns().save(owner.id(), done(kept, TODAY));

        db.habits().delete(owner.id(), gone.id());

        assertThat(db.habits().byId(owner.id(), gone.id())).isEmpty();
        assertThat(db.checkIns().historiesOf(owner.id())).containsOnlyKeys(kept.id());
    }

    @Test
    void ofManyWritersAddingTheSameNameAtOnceOneWinsAndTheOthersGetAConflict() throws InterruptedException {
        User owner = aUser();

        List<Object> outcomes = race(() -> db.transactions().inTransaction(() -> {
            db.habits().add(habitNamed(owner, "Meditate", 0));
            return "added";
        }));

        assertThat(outcomes).filteredOn("added"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !"added".equals(o)).hasSize(RACERS - 1)
                .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.reason()).isEqualTo(DomainException.Reason.CONFLICT)));
        assertThat(db.habits().of(owner.id(), HabitFilter.ALL)).hasSize(1);
    }

    private static void assertConflictOnName(Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.reason()).isEqualTo(DomainException.Reason.CONFLICT);
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("name");
        });
    }
}
