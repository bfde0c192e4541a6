package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.port.CheckIns.HabitOnDay;
import dev.habits.application.port.HabitFilter;
import dev.habits.application.port.Habits;
import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import dev.habits.persistence.JdbiCheckIns.DayKey;
import dev.habits.persistence.JdbiHabits.HabitKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Reads of several requests made in one statement (see {@link ReadTogether}): each request gets
 * what its own read would have given it, and nothing of another owner's. The server batches them
 * on PostgreSQL only, but the statements run on H2 too, so a build without PostgreSQL checks them.
 */
abstract class ReadTogetherContract extends DatabaseContract {

    @Test
    void listsReadTogetherGiveEachOwnerTheirOwnHabitsInListOrder() {
        User ann = aUser();
        User bob = aUser();
        User nobody = aUser();
        Habit read = aHabit(ann, "Read");
        Habit walk = aHabit(ann, "Walk");
        Habit archived = aHabit(ann, "Old");
        db.habits().update(archived.archive(NOW));
        Habit swim = aHabit(bob, "Swim");
        List<UserId> owners = List.of(ann.id(), bob.id(), nobody.id(), ann.id());
        owners.forEach(owner -> db.habits().tagged(owner, HabitFilter.ALL)); // this node maps every row

        List<List<Habits.Tagged>> active = habits().taggedTogether(owners, HabitFilter.ACTIVE);
        List<List<Habits.Tagged>> archivedOnes = habits().taggedTogether(owners, HabitFilter.ARCHIVED);

        assertThat(active).hasSize(4);
        assertThat(habitsIn(active.get(0))).containsExactly(read, walk);
        assertThat(habitsIn(active.get(1))).containsExactly(swim);
        assertThat(active.get(2)).isEmpty();
        assertThat(habitsIn(active.get(3))).containsExactly(read, walk);
        assertThat(active.get(0)).isEqualTo(db.habits().tagged(ann.id(), HabitFilter.ACTIVE));
        assertThat(habitsIn(archivedOnes.get(0))).containsExactly(archived.archive(NOW));
        assertThat(archivedOnes.get(1)).isEmpty();
    }

    @Test
    void anOwnerWhoseHabitAnotherNodeChangedGetsNoListFromTheBatchAndTheirOwnReadSeesTheChange() {
        User ann = aUser();
        User bob = aUser();
        Habit read = aHabit(ann, "Read");
        Habit swim = aHabit(bob, "Swim");
        db.habits().tagged(ann.id(), HabitFilter.ACTIVE);
        db.habits().tagged(bob.id(), HabitFilter.ACTIVE);
        Habit renamed = read.withDetails(new HabitName("Read more"), read.description(), read.color(),
                read.schedule(), read.startDate(), NOW.plusSeconds(1));
        anotherNode().habits().update(renamed);

        List<List<Habits.Tagged>> lists = habits().taggedTogether(List.of(ann.id(), bob.id()), HabitFilter.ACTIVE);

        assertThat(lists.get(0)).isNull();
        assertThat(habitsIn(lists.get(1))).containsExactly(swim);
        assertThat(db.habits().of(ann.id(), HabitFilter.ACTIVE)).containsExactly(renamed);
    }

    @Test
    void habitsReadTogetherByIdGiveEachKeyItsHabitOnlyWhenItsOwnerHasIt() {
        User ann = aUser();
        User bob = aUser();
        Habit read = aHabit(ann, "Read");
        Habit swim = aHabit(bob, "Swim");
        HabitId missing = new HabitId(UUID.randomUUID());

        List<Optional<Habits.Tagged>> found = habits().byIdsTogether(List.of(new HabitKey(ann.id(), read.id()),
                new HabitKey(bob.id(), read.id()), new HabitKey(ann.id(), missing), new HabitKey(bob.id(), swim.id()),
                new HabitKey(ann.id(), read.id())));

        assertThat(found).hasSize(5);
        assertThat(found.get(0)).get().extracting(Habits.Tagged::habit).isEqualTo(read);
        assertThat(found.get(0).orElseThrow().historyTag()).isEqualTo(tagOf(ann, read));
        assertThat(found.get(1)).isEmpty();
        assertThat(found.get(2)).isEmpty();
        assertThat(found.get(3)).get().extracting(Habits.Tagged::habit).isEqualTo(swim);
        assertThat(found.get(4)).get().extracting(Habits.Tagged::habit).isEqualTo(read);
    }

    @Test
    void habitsAndDaysReadTogetherGiveEachKeyItsHabitAndThatDaysCheckIn() {
        User ann = aUser();
        User bob = aUser();
        Habit read = aHabit(ann, "Read");
        Habit walk = aHabit(ann, "Walk");
        CheckIn skipped = new CheckIn(walk.id(), TODAY, CheckInStatus.SKIPPED, "rain", NOW, NOW.plusSeconds(5));
        db.checkIns().save(ann.id(), done(read, TODAY));
        db.checkIns().save(ann.id(), skipped);

        List<Optional<HabitOnDay>> found = checkIns().habitsOnDaysTogether(List.of(
                new DayKey(ann.id(), read.id(), TODAY), new DayKey(ann.id(), read.id(), TODAY.minusDays(1)),
                new DayKey(bob.id(), read.id(), TODAY), new DayKey(ann.id(), walk.id(), TODAY),
                new DayKey(ann.id(), read.id(), TODAY)));

        assertThat(found).hasSize(5);
        assertThat(found.get(0)).contains(new HabitOnDay(read, done(read, TODAY)));
        assertThat(found.get(1)).contains(new HabitOnDay(read, null));
        assertThat(found.get(2)).isEmpty();
        assertThat(found.get(3)).contains(new HabitOnDay(walk, skipped));
        assertThat(found.get(4)).isEqualTo(found.get(0));
    }

    @Test
    void manyRequestsReadingAtOnceEachGetTheirOwnListHabitAndDay() throws InterruptedException {
        List<User> owners = new ArrayList<>();
        List<Habit> habits = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            User owner = aUser();
            Habit habit = aHabit(owner, "Habit " + i);
            db.checkIns().save(owner.id(), done(habit, TODAY));
            owners.add(owner);
            habits.add(habit);
        }
        AtomicInteger next = new AtomicInteger();

        List<Object> outcomes = race(() -> {
            int n = next.getAndIncrement();
            UserId owner = owners.get(n).id();
            HabitId habit = habits.get(n).id();
            return db.transactions().read(() -> List.of(db.habits().of(owner, HabitFilter.ACTIVE),
                    db.habits().byId(owner, habit).orElseThrow(),
                    db.checkIns().habitOn(owner, habit, TODAY).orElseThrow().checkIn()));
        });

        for (int n = 0; n < RACERS; n++) {
            Habit habit = habits.get(n);
            assertThat(outcomes).contains(List.of(List.of(habit), habit, done(habit, TODAY)));
        }
    }

    private JdbiHabits habits() {
        return (JdbiHabits) db.habits();
    }

    private JdbiCheckIns checkIns() {
        return (JdbiCheckIns) db.checkIns();
    }

    private static List<Habit> habitsIn(List<Habits.Tagged> tagged) {
        return tagged.stream().map(Habits.Tagged::habit).toList();
    }
}
