package dev.habits.domain.habit;

import static dev.habits.domain.shared.Refusals.assertRefusedAsInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HabitLifecycleTest {
    private static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-22T09:30:00Z");
    private static final LocalDate START = LocalDate.of(2026, 11, 1);

    private static Habit aReadingHabit() {
        return new Habit(new HabitId(new UUID(0, 7)), new UserId(new UUID(0, 1)), new HabitName("Read"), "  pages  ",
                Color.DEFAULT, Schedule.DEFAULT, START, null, 2, CREATED, CREATED);
    }

    @Test
    void aNewHabitIsActiveWithATrimmedDescription() {
        Habit habit = aReadingHabit();

        assertThat(habit.archived()).isFalse();
        assertThat(habit.description()).isEqualTo("pages");
        assertThat(habit.id()).hasToString("00000000-0000-0000-0000-000000000007");
    }

    @Test
    void archivingKeepsTheFirstArchiveTime() {
        Habit archived = aReadingHabit().archive(LATER);

        assertThat(archived.archived()).isTrue();
        assertThat(archived.archivedAt()).isEqualTo(LATER);
        assertThat(archived.updatedAt()).isEqualTo(LATER);
        assertThat(archived.archive(LATER.plusSeconds(60))).isSameAs(archived);
    }

    @Test
    void unarchivingMovesTheHabitToTheGivenPositionAndIsANoOpOnAnActiveOne() {
        Habit active = aReadingHabit();
        Habit back = active.archive(LATER).unarchive(LATER.plusSeconds(5), 9);

        assertThat(back.archived()).isFalse();
        assertThat(back.archivedAt()).isNull();
        assertThat(back.position()).isEqualTo(9);
        assertThat(back.updatedAt()).isEqualTo(LATER.plusSeconds(5));
        assertThat(active.unarchive(LATER, 9)).isSameAs(active);
    }

    @Test
    void changingDetailsKeepsIdentityAndCreationTime() {
        Habit changed = aReadingHabit().withDetails(new HabitName("Read more"), "chapters", new Color("#112233"),
                new Schedule.TimesPerWeek(3), START.plusDays(1), LATER);

        assertThat(changed.id()).isEqualTo(aReadingHabit().id());
        assertThat(changed.createdAt()).isEqualTo(CREATED);
        assertThat(changed.updatedAt()).isEqualTo(LATER);
        assertThat(changed.name().value()).isEqualTo("Read more");
        assertThat(changed.schedule()).isEqualTo(new Schedule.TimesPerWeek(3));
        assertThat(changed.startDate()).isEqualTo(START.plusDays(1));
        assertThat(changed.position()).isEqualTo(2);
    }

    @Test
    void movingToItsOwnPositionChangesNothing() {
        Habit habit = aReadingHabit();

        assertThat(habit.atPosition(2, LATER)).isSameAs(habit);
        Habit moved = habit.atPosition(0, LATER);
        assertThat(moved.position()).isZero();
        assertThat(moved.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void aCheckInBeforeTheStartIsRefusedAndOnAnArchivedHabitIsAConflict() {
        Habit habit = aReadingHabit();

        habit.requireTrackableOn(START);
        assertRefusedAsInvalid("date", () -> habit.requireTrackableOn(START.minusDays(1)));
        assertThatThrownBy(() -> habit.archive(LATER).requireTrackableOn(START.plusDays(3)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.reason()).isEqualTo(DomainException.Reason.CONFLICT));
    }

    @Test
    void aStartDateMustLieBetween1970AndAYearAhead() {
        LocalDate today = LocalDate.of(2026, 11, 22);

        Habit.requireStartWithinReach(Habit.EARLIEST_START, today);
        Habit.requireStartWithinReach(today.plusDays(Habit.MAX_DAYS_AHEAD), today);
        assertRefusedAsInvalid("startDate", () -> Habit.requireStartWithinReach(LocalDate.of(1969, 12, 31), today));
        assertRefusedAsInvalid("startDate",
                () -> Habit.requireStartWithinReach(today.plusDays(Habit.MAX_DAYS_AHEAD + 1), today));
        assertRefusedAsInvalid("startDate", () -> new Habit(new HabitId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                new HabitName("Old"), "", Color.DEFAULT, Schedule.DEFAULT, LocalDate.of(1969, 1, 1), null, 0,
                CREATED, CREATED));
    }

    @Test
    void aDescriptionHoldsAtMost300CharactersAndMayBreakLines() {
        assertThat(Habit.description("a".repeat(300))).hasSize(300);
        assertThat(Habit.description("line one\nline two")).contains("\n");
        assertThat(Habit.description(null)).isEmpty();
        assertRefusedAsInvalid("description", () -> Habit.description("a".repeat(301)));
    }

    @Test
    void aHabitRefusesANegativePosition() {
        assertThatThrownBy(() -> new Habit(new HabitId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                new HabitName("Read"), "", Color.DEFAULT, Schedule.DEFAULT, START, null, -1, CREATED, CREATED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
