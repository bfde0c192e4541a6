package dev.habits.application.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.habits.application.port.Habits;
import dev.habits.domain.habit.Color;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.habit.Schedule;
import dev.habits.domain.user.UserId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A kept today view is handed out only for exactly the date, week start and tagged habits it was made from. */
class RecentTodaysTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final UserId ADA = new UserId(UUID.randomUUID());

    private final Habits.Tagged read = new Habits.Tagged(habit("Read"), 7);
    private final Habits.Tagged walk = new Habits.Tagged(habit("Walk"), 9);
    private final List<Habits.Tagged> both = List.of(read, walk);
    private final Today view = new Today(DAY, List.of());
    private final RecentTodays todays = new RecentTodays(100);

    @Test
    void theSameInputsFindTheKeptView() {
        todays.keep(ADA, DAY, DayOfWeek.MONDAY, both, view);

        assertThat(todays.find(ADA, DAY, DayOfWeek.MONDAY, List.of(read, walk))).isSameAs(view);
    }

    @Test
    void anyOtherInputFindsNothing() {
        todays.keep(ADA, DAY, DayOfWeek.MONDAY, both, view);

        assertThat(todays.find(ADA, DAY.plusDays(1), DayOfWeek.MONDAY, both)).as("the next day").isNull();
        assertThat(todays.find(ADA, DAY, DayOfWeek.SUNDAY, both)).as("another week start").isNull();
        assertThat(todays.find(ADA, DAY, DayOfWeek.MONDAY, List.of(read, new Habits.Tagged(walk.habit(), 10))))
                .as("a habit's check-ins changed").isNull();
        Habit w = walk.habit();
        Habit renamed = w.withDetails(new HabitName("Walk far"), w.description(), w.color(), w.schedule(),
                w.startDate(), w.updatedAt());
        assertThat(todays.find(ADA, DAY, DayOfWeek.MONDAY, List.of(read, new Habits.Tagged(renamed, 9))))
                .as("a habit changed").isNull();
        assertThat(todays.find(ADA, DAY, DayOfWeek.MONDAY, List.of(walk, read))).as("another order").isNull();
        assertThat(todays.find(ADA, DAY, DayOfWeek.MONDAY, List.of(read))).as("a habit fewer").isNull();
        assertThat(todays.find(new UserId(UUID.randomUUID()), DAY, DayOfWeek.MONDAY, both)).as("another user")
                .isNull();
    }

    @Test
    void habitsWithoutTagsAreNotKept() {
        todays.keep(ADA, DAY, DayOfWeek.MONDAY, List.of(read, Habits.Tagged.untagged(walk.habit())), view);

        assertThat(todays.size()).isZero();
    }

    @Test
    void theUsersKeptStayWithinTheBound() {
        RecentTodays bounded = new RecentTodays(8);
        for (int i = 0; i < 50; i++) {
            bounded.keep(new UserId(UUID.randomUUID()), DAY, DayOfWeek.MONDAY, both, view);
            assertThat(bounded.size()).isLessThanOrEqualTo(8);
        }
        bounded.keep(ADA, DAY, DayOfWeek.MONDAY, both, view);
        assertThat(bounded.find(ADA, DAY, DayOfWeek.MONDAY, both)).isSameAs(view);
    }

    @Test
    void aNegativeBoundIsRefused() {
        assertThatThrownBy(() -> new RecentTodays(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noRoomKeepsNothing() {
        RecentTodays none = new RecentTodays(0);
        none.keep(ADA, DAY, DayOfWeek.MONDAY, both, view);

        assertThat(none.find(ADA, DAY, DayOfWeek.MONDAY, both)).isNull();
    }

    private static Habit habit(String name) {
        Instant created = Instant.parse("2026-11-12T08:00:00Z");
        return new Habit(new HabitId(UUID.randomUUID()), ADA, new HabitName(name), "", Color.DEFAULT,
                new Schedule.Daily(), DAY.minusDays(10), null, 0, created, created);
    }
}
