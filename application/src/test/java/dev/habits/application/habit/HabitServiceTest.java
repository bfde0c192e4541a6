package dev.habits.application.habit;

import static dev.habits.application.fixtures.Refusals.assertRefused;
import static dev.habits.application.fixtures.TrackerStory.day;
import static dev.habits.application.fixtures.TrackerStory.settings;
import static dev.habits.domain.shared.DomainException.Reason.CONFLICT;
import static dev.habits.domain.shared.DomainException.Reason.INVALID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.fixtures.TrackerStory;
import dev.habits.application.port.HabitFilter;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.habit.Color;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.Schedule;
import dev.habits.domain.user.UserId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HabitServiceTest {
    /** 10:30 UTC: already 00:30 on Monday the 23rd in Kiritimati (UTC+14). */
    private final TrackerStory story = TrackerStory.at("2026-11-22T10:30:00Z");
    private final HabitService habits = story.tracker.habits();
    private final UserId ada = story.aUser();

    @Test
    void aNewHabitTakesTheDefaults() {
        Habit read = habits.create(ada, HabitDraft.of("  Read ", null, null, null, null));

        assertThat(read.name().value()).isEqualTo("Read");
        assertThat(read.description()).isEmpty();
        assertThat(read.color()).isEqualTo(Color.DEFAULT);
        assertThat(read.schedule()).isEqualTo(new Schedule.Daily());
        assertThat(read.startDate()).isEqualTo(day("2026-11-22"));
        assertThat(read.archived()).isFalse();
        assertThat(read.position()).isZero();
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-11-22T10:30:00Z"));
    }

    @Test
    void theStartDateDefaultsToTheUsersLocalToday() {
        UserId kiritimati = story.aUserLivingIn("Pacific/Kiritimati");
        UserId pagoPago = story.aUserLivingIn("Pacific/Pago_Pago");

        assertThat(story.aDailyHabit(kiritimati, "Read").startDate()).isEqualTo(day("2026-11-23"));
        assertThat(story.aDailyHabit(pagoPago, "Read").startDate()).isEqualTo(day("2026-11-21"));
    }

    @Test
    void theStartDateDefaultRespectsTheDayStartHour() {
        story.ports.clock.set(Instant.parse("2026-11-22T02:00:00Z"));
        UserId nightOwl = story.aUserWith(settings(null, null, 4));

        assertThat(story.aDailyHabit(nightOwl, "Read").startDate()).isEqualTo(day("2026-11-21"));
    }

    @Test
    void aHabitDraftNamesEveryInvalidFieldAtOnce() {
        assertRefused(INVALID, () -> HabitDraft.of("x", "d".repeat(301), "green",
                new ScheduleSpec("weekly", null, null), "2026-02-30"),
                "name", "description", "color", "schedule.type", "startDate");
    }

    @Test
    void aScheduleSpecRefusesRepeatedDaysAndMembersOfAnotherType() {
        assertRefused(INVALID, () -> TrackerStory.onWeekdays("MONDAY", "MONDAY").toSchedule(), "schedule.days");
        assertRefused(INVALID, () -> TrackerStory.onWeekdays().toSchedule(), "schedule.days");
        assertRefused(INVALID, () -> TrackerStory.onWeekdays("monday").toSchedule(), "schedule.days");
        assertRefused(INVALID, () -> TrackerStory.timesPerWeek(8).toSchedule(), "schedule.times");
        assertRefused(INVALID, () -> new ScheduleSpec("daily", null, 3).toSchedule(), "schedule.times");
        assertRefused(INVALID, () -> new ScheduleSpec("timesPerWeek", List.of("MONDAY"), 3).toSchedule(),
                "schedule.days");
        assertThat(TrackerStory.onWeekdays("THURSDAY", "MONDAY").toSchedule())
                .isEqualTo(new Schedule.Weekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)));
    }

    @Test
    void creatingAHabitWithAnActiveHabitsNameInAnyCaseIsAConflict() {
        story.aDailyHabit(ada, "Read");

        assertRefused(CONFLICT, () -> story.aDailyHabit(ada, " READ "), "name");
    }

    @Test
    void anotherUserMayUseTheSameName() {
        story.aDailyHabit(ada, "Read");

        assertThat(story.aDailyHabit(story.aUser(), "Read").name().value()).isEqualTo("Read");
    }

    @Test
    void renamingAHabitToAnActiveHabitsNameInAnyCaseIsAConflict() {
        story.aDailyHabit(ada, "Read");
        Habit walk = story.aDailyHabit(ada, "Walk");

        assertRefused(CONFLICT, () -> habits.update(ada, walk.id(), new HabitChange("rEAD", null, null, null, null)),
                "name");
    }

    @Test
    void aHabitMayChangeTheCaseOfItsOwnName() {
        Habit read = story.aDailyHabit(ada, "Read");

        assertThat(habits.update(ada, read.id(), new HabitChange("READ", null, null, null, null)).name().value())
                .isEqualTo("READ");
    }

    @Test
    void anUpdateChangesOnlyTheFieldsItNames() {
        Habit read = story.aDailyHabit(ada, "Read");
        story.later(Duration.ofMinutes(5));

        Habit changed = habits.update(ada, read.id(), new HabitChange(null, "Ten pages", "#ff0000",
                TrackerStory.timesPerWeek(3), null));

        assertThat(changed.name()).isEqualTo(read.name());
        assertThat(changed.description()).isEqualTo("Ten pages");
        assertThat(changed.color().value()).isEqualTo("#FF0000");
        assertThat(changed.schedule()).isEqualTo(new Schedule.TimesPerWeek(3));
        assertThat(changed.startDate()).isEqualTo(read.startDate());
        assertThat(changed.updatedAt()).isAfter(read.updatedAt());
        assertThat(habits.get(ada, read.id())).isEqualTo(changed);
    }

    @Test
    void anUpdateNamesEveryInvalidField() {
        Habit read = story.aDailyHabit(ada, "Read");

        assertRefused(INVALID, () -> habits.update(ada, read.id(),
                new HabitChange("", null, "#12345", null, "2027-02-29")), "name", "color", "startDate");
    }

    @Test
    void anArchivedHabitsNameMayBeReused() {
        Habit old = story.aDailyHabit(ada, "Read");
        habits.archive(ada, old.id());

        Habit again = story.aDailyHabit(ada, "read");

        assertThat(again.id()).isNotEqualTo(old.id());
    }

    @Test
    void unarchivingIsAConflictWhenAnActiveHabitTookTheName() {
        Habit old = story.aDailyHabit(ada, "Read");
        habits.archive(ada, old.id());
        story.aDailyHabit(ada, "READ");

        assertRefused(CONFLICT, () -> habits.unarchive(ada, old.id()), "name");
        assertThat(habits.get(ada, old.id()).archived()).isTrue();
    }

    @Test
    void anUnarchivedHabitGoesLast() {
        Habit read = story.aDailyHabit(ada, "Read");
        Habit walk = story.aDailyHabit(ada, "Walk");
        Habit stretch = story.aDailyHabit(ada, "Stretch");
        habits.archive(ada, read.id());

        Habit back = habits.unarchive(ada, read.id());

        assertThat(back.archived()).isFalse();
        assertThat(back.archivedAt()).isNull();
        assertThat(habits.list(ada, HabitFilter.ACTIVE)).extracting(Habit::id)
                .containsExactly(walk.id(), stretch.id(), read.id());
    }

    @Test
    void archivingIsIdempotentAndKeepsTheFirstArchiveTime() {
        Habit read = story.aDailyHabit(ada, "Read");
        Habit archived = habits.archive(ada, read.id());
        story.later(Duration.ofHours(3));

        Habit again = habits.archive(ada, read.id());

        assertThat(archived.archivedAt()).isEqualTo(Instant.parse("2026-11-22T10:30:00Z"));
        assertThat(again.archivedAt()).isEqualTo(archived.archivedAt());
        assertThat(again).isEqualTo(archived);
        assertThat(story.ports.events.of(DomainEvent.HabitArchived.class)).hasSize(1);
    }

    @Test
    void unarchivingAnActiveHabitChangesNothing() {
        Habit read = story.aDailyHabit(ada, "Read");

        assertThat(habits.unarchive(ada, read.id())).isEqualTo(read);
    }

    @Test
    void deletingAHabitTakesItsCheckInsWithIt() {
        Habit read = story.aDailyHabit(ada, "Read");
        story.done(ada, read, day("2026-11-22"));

        habits.delete(ada, read.id());

        assertThat(habits.list(ada, HabitFilter.ALL)).isEmpty();
        assertThat(story.ports.checkIns.historiesOf(ada)).isEmpty();
    }
}
