package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.habits.application.port.Habits;
import dev.habits.domain.habit.Color;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.habit.Schedule;
import dev.habits.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The node's copies of mapped habit rows: found only under the tag they were mapped with, and bounded. */
class MappedHabitsTest {
    private static final Instant NOW = Instant.parse("2026-11-22T09:30:00Z");

    @Test
    void aCopyIsFoundOnlyUnderItsOwnTag() {
        MappedHabits mapped = new MappedHabits(10);
        Habits.Tagged habit = new Habits.Tagged(aHabit(), 42);
        mapped.put(habit);

        assertThat(mapped.get(habit.habit().id().value(), 42)).isSameAs(habit);
        assertThat(mapped.get(habit.habit().id().value(), 43)).isNull();
        assertThat(mapped.get(UUID.randomUUID(), 42)).isNull();
    }

    @Test
    void noMoreThanTheBoundIsKept() {
        MappedHabits mapped = new MappedHabits(100);
        for (int i = 0; i < 1_000; i++) {
            mapped.put(new Habits.Tagged(aHabit(), i));
            assertThat(mapped.size()).isLessThanOrEqualTo(100);
        }
        MappedHabits none = new MappedHabits(0);
        none.put(new Habits.Tagged(aHabit(), 1));
        assertThat(none.size()).isZero();
        assertThatThrownBy(() -> new MappedHabits(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFreshTagIsNeverTheMarkOfAStoreWithoutTags() {
        for (int i = 0; i < 10_000; i++) {
            assertThat(MappedHabits.freshTag()).isNotEqualTo(Habits.Tagged.UNTAGGED);
        }
    }

    private static Habit aHabit() {
        return new Habit(new HabitId(UUID.randomUUID()), new UserId(UUID.randomUUID()), new HabitName("Read"), "",
                Color.DEFAULT, Schedule.DEFAULT, LocalDate.parse("2026-11-01"), null, 0, NOW, NOW);
    }
}
