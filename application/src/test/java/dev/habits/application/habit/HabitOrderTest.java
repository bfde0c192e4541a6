package dev.habits.application.habit;

import static dev.habits.application.fixtures.Refusals.assertRefused;
import static dev.habits.domain.shared.DomainException.Reason.INVALID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.fixtures.TrackerStory;
import dev.habits.application.port.HabitFilter;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HabitOrderTest {
    private final TrackerStory story = TrackerStory.at("2026-11-22T09:30:00Z");
    private final HabitService habits = story.tracker.habits();
    private final UserId ada = story.aUser();
    private final Habit read = story.aDailyHabit(ada, "Read");
    private final Habit walk = story.later(Duration.ofMinutes(1)).aDailyHabit(ada, "Walk");
    private final Habit stretch = story.later(Duration.ofMinutes(1)).aDailyHabit(ada, "Stretch");

    @Test
    void newHabitsGoLast() {
        assertThat(List.of(read.position(), walk.position(), stretch.position())).containsExactly(0, 1, 2);
        assertThat(habits.list(ada, HabitFilter.ACTIVE)).extracting(Habit::id)
                .containsExactly(read.id(), walk.id(), stretch.id());
    }

    @Test
    void reorderingPutsTheActiveHabitsInTheGivenOrder() {
        List<Habit> reordered = habits.reorder(ada, List.of(stretch.id(), read.id(), walk.id()));

        assertThat(reordered).extracting(Habit::id).containsExactly(stretch.id(), read.id(), walk.id());
        assertThat(reordered).extracting(Habit::position).containsExactly(0, 1, 2);
        assertThat(habits.list(ada, HabitFilter.ACTIVE)).isEqualTo(reordered);
    }

    @Test
    void reorderingMustNameEveryActiveHabit() {
        assertRefused(INVALID, () -> habits.reorder(ada, List.of(stretch.id(), read.id())), "habitIds");
    }

    @Test
    void reorderingMustNotNameAHabitTwice() {
        assertRefused(INVALID, () -> habits.reorder(ada, List.of(stretch.id(), read.id(), walk.id(), read.id())),
                "habitIds");
    }

    @Test
    void reorderingMustNotNameAnUnknownHabit() {
        HabitId unknown = new HabitId(UUID.randomUUID());

        assertRefused(INVALID, () -> habits.reorder(ada, List.of(stretch.id(), read.id(), walk.id(), unknown)),
                "habitIds");
    }

    @Test
    void reorderingMustNotNameAnotherUsersHabit() {
        Habit bobs = story.aDailyHabit(story.aUser(), "Swim");

        assertRefused(INVALID, () -> habits.reorder(ada, List.of(stretch.id(), read.id(), walk.id(), bobs.id())),
                "habitIds");
    }

    @Test
    void reorderingMustNotNameAnArchivedHabit() {
        habits.archive(ada, walk.id());

        assertRefused(INVALID, () -> habits.reorder(ada, List.of(stretch.id(), read.id(), walk.id())), "habitIds");
        assertThat(habits.reorder(ada, List.of(stretch.id(), read.id()))).extracting(Habit::id)
                .containsExactly(stretch.id(), read.id());
    }

    @Test
    void aRefusedReorderChangesNothing() {
        assertRefused(INVALID, () -> habits.reorder(ada, List.of(stretch.id(), stretch.id(), read.id())),
                "habitIds");

        assertThat(habits.list(ada, HabitFilter.ACTIVE)).extracting(Habit::id)
                .containsExactly(read.id(), walk.id(), stretch.id());
    }

    @Test
    void theListShowsActiveOrArchivedOrAllHabits() {
        habits.archive(ada, walk.id());

        assertThat(habits.list(ada, HabitFilter.ACTIVE)).extracting(Habit::id).containsExactly(read.id(), stretch.id());
        assertThat(habits.list(ada, HabitFilter.ARCHIVED)).extracting(Habit::id).containsExactly(walk.id());
        assertThat(habits.list(ada, HabitFilter.ALL)).extracting(Habit::id)
                .containsExactly(read.id(), walk.id(), stretch.id());
    }

    @Test
    void habitsAtTheSamePositionAreListedNewestFirst() {
        habits.archive(ada, read.id());
        habits.reorder(ada, List.of(stretch.id(), walk.id()));

        List<Habit> all = habits.list(ada, HabitFilter.ALL);

        assertThat(all).extracting(Habit::position).containsExactly(0, 0, 1);
        assertThat(all).extracting(Habit::id).containsExactly(stretch.id(), read.id(), walk.id());
    }
}
