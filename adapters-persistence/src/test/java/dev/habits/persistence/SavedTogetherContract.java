package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.port.CheckIns;
import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.user.User;
import dev.habits.persistence.JdbiCheckIns.PendingSave;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Check-in saves of several requests committed together (see {@link Batches}): each is stored
 * as if saved alone, on each database.
 */
abstract class SavedTogetherContract extends DatabaseContract {

    @Test
    void savesWrittenTogetherAreEachStoredAndEveryHabitTheyNameGetsANewTag() {
        User ann = aUser();
        User bob = aUser();
        Habit read = aHabit(ann, "Read");
        Habit walk = aHabit(ann, "Walk");
        Habit swim = aHabit(bob, "Swim");
        Habit untouched = aHabit(bob, "Untouched");
        List<Long> before = List.of(tagOf(ann, read), tagOf(ann, walk), tagOf(bob, swim));
        long untouchedTag = tagOf(bob, untouched);
        CheckIn skipped = new CheckIn(walk.id(), TODAY, CheckInStatus.SKIPPED, "rain", NOW, NOW);

        together(save(ann, done(read, TODAY)), save(ann, done(read, TODAY.minusDays(1))), save(ann, skipped),
                save(bob, done(swim, TODAY.minusDays(3))));

        assertThat(on(ann, read, TODAY)).contains(done(read, TODAY));
        assertThat(on(ann, read, TODAY.minusDays(1))).contains(done(read, TODAY.minusDays(1)));
        assertThat(on(ann, walk, TODAY)).contains(skipped);
        assertThat(on(bob, swim, TODAY.minusDays(3))).contains(done(swim, TODAY.minusDays(3)));
        List<Long> after = List.of(tagOf(ann, read), tagOf(ann, walk), tagOf(bob, swim));
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i)).isNotEqualTo(before.get(i));
        }
        assertThat(tagOf(bob, untouched)).isEqualTo(untouchedTag);
    }

    @Test
    void twoSavesOfOneDayWrittenTogetherLeaveTheLaterAsTwoSavesInTurnWould() {
        User owner = aUser();
        Habit habit = aHabit(owner, "Read");
        CheckIn first = done(habit, TODAY);
        CheckIn later = first.replacedBy(CheckInStatus.SKIPPED, "changed my mind", NOW.plusSeconds(1));

        together(save(owner, first), save(owner, later));

        assertThat(db.checkIns().between(owner.id(), habit.id(), TODAY.minusDays(1), TODAY)).containsExactly(later);
    }

    @Test
    void aSaveForAHabitTheOwnerDoesNotHaveOrThatIsGoneStoresNothingAndTheOthersAreStored() {
        User owner = aUser();
        User stranger = aUser();
        Habit habit = aHabit(owner, "Read");
        Habit deleted = aHabit(owner, "Deleted");
        db.habits().delete(owner.id(), deleted.id());

        together(save(stranger, done(habit, TODAY.minusDays(1))), save(owner, done(deleted, TODAY)),
                save(owner, done(habit, TODAY)));

        assertThat(db.checkIns().between(owner.id(), habit.id(), TODAY.minusDays(5), TODAY))
                .containsExactly(done(habit, TODAY));
        assertThat(db.checkIns().habitOn(owner.id(), deleted.id(), TODAY)).isEmpty();
        assertThat(db.checkIns().historiesOf(stranger.id())).isEmpty();
    }

    @Test
    void savesWrittenTogetherKeepThisNodesCopiesOfTheirHabits() {
        User owner = aUser();
        Habit read = aHabit(owner, "Read");
        Habit walk = aHabit(owner, "Walk");
        Habit readCopy = db.habits().byId(owner.id(), read.id()).orElseThrow();
        Habit walkCopy = db.habits().byId(owner.id(), walk.id()).orElseThrow();

        together(save(owner, done(read, TODAY)), save(owner, done(walk, TODAY)));

        assertThat(db.habits().byId(owner.id(), read.id())).get().isSameAs(readCopy);
        assertThat(db.habits().byId(owner.id(), walk.id())).get().isSameAs(walkCopy);
    }

    @Test
    void manyRequestsSavingAtOnceAreEachStoredWhenTheirCallReturnsAsAnotherNodeSees() throws InterruptedException {
        User owner = aUser();
        Habit read = aHabit(owner, "Read");
        Habit walk = aHabit(owner, "Walk");
        AtomicInteger next = new AtomicInteger();

        List<Object> outcomes = race(() -> {
            int n = next.getAndIncrement();
            CheckIn checkIn = done(n % 2 == 0 ? read : walk, TODAY.minusDays(n / 2));
            db.transactions().single(() -> {
                db.checkIns().save(owner.id(), checkIn);
                return null;
            });
            return anotherNode().checkIns().habitOn(owner.id(), checkIn.habitId(), checkIn.date())
                    .map(CheckIns.HabitOnDay::checkIn).orElse(null);
        });

        assertThat(outcomes).hasSize(RACERS).allSatisfy(seen -> assertThat(seen).isInstanceOf(CheckIn.class));
        assertThat(db.checkIns().historiesOf(owner.id()).values()).allSatisfy(days -> assertThat(days)
                .hasSize(RACERS / 2));
    }

    private static PendingSave save(User owner, CheckIn checkIn) {
        return new PendingSave(owner.id(), checkIn);
    }

    private void together(PendingSave... saves) {
        ((JdbiCheckIns) db.checkIns()).saveTogether(List.of(saves));
    }

    private Optional<CheckIn> on(User owner, Habit habit, LocalDate day) {
        return db.checkIns().habitOn(owner.id(), habit.id(), day).map(CheckIns.HabitOnDay::checkIn);
    }
}
