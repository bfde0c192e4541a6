package dev.habits.http.habit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.habits.domain.habit.Color;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.habit.Schedule;
import dev.habits.domain.user.UserId;
import dev.habits.http.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WrittenHabitsTest {
    private static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");
    private final Json json = new Json();

    private static Habit habit(long id, String name) {
        return new Habit(new HabitId(new UUID(0, id)), new UserId(new UUID(0, 1)), new HabitName(name), "pages",
                Color.DEFAULT, Schedule.DEFAULT, LocalDate.of(2026, 11, 1), null, 0, CREATED, CREATED);
    }

    private String text(RawValue value) {
        return new String(json.bytes(value), StandardCharsets.UTF_8);
    }

    @Test
    void aHabitIsWrittenAsItsViewIs() {
        WrittenHabits written = new WrittenHabits(json, 10);
        Habit read = habit(1, "Read «daily» \"now\"");

        assertThat(text(written.of(read))).isEqualTo(new String(json.bytes(HabitView.of(read)), StandardCharsets.UTF_8));
        assertThat(text(written.of(read))).contains("Read «daily» \\\"now\\\"");
    }

    @Test
    void anEqualHabitReusesTheWrittenJsonAndAChangedOneIsWrittenAfresh() {
        WrittenHabits written = new WrittenHabits(json, 10);
        Habit read = habit(1, "Read");
        RawValue first = written.of(read);

        assertThat(written.of(habit(1, "Read"))).isSameAs(first);
        Habit renamed = read.withDetails(new HabitName("Read more"), read.description(), read.color(),
                read.schedule(), read.startDate(), CREATED.plusSeconds(60));
        assertThat(text(written.of(renamed))).contains("\"name\":\"Read more\"").contains("01T08:01:00Z");
        assertThat(text(written.of(read.archive(CREATED.plusSeconds(5))))).contains("\"archived\":true");
        assertThat(text(written.of(read))).contains("\"archived\":false");
    }

    @Test
    void itKeepsAtMostItsBound() {
        WrittenHabits written = new WrittenHabits(json, 8);
        for (int i = 0; i < 100; i++) {
            assertThat(text(written.of(habit(i, "Habit " + i)))).contains("Habit " + i);
            assertThat(written.size()).isLessThanOrEqualTo(8);
        }
        WrittenHabits none = new WrittenHabits(json, 0);
        assertThat(text(none.of(habit(1, "Read")))).contains("Read");
        assertThat(none.size()).isZero();
    }
}
