package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.habits.application.habit.HabitChange;
import dev.habits.application.habit.HabitDraft;
import dev.habits.application.habit.ScheduleSpec;
import dev.habits.application.port.HabitFilter;
import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.Schedule;
import dev.habits.domain.progress.HabitStats;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Habits, check-ins and progress, end to end over H2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HabitUseCasesOnH2Test {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    private TestDatabase testDatabase;
    private CoreOverDatabase app;

    @BeforeAll
    void open() {
        testDatabase = TestDatabase.h2();
        app = new CoreOverDatabase(testDatabase.database());
    }

    @AfterAll
    void close() {
        testDatabase.close();
    }

    private UserId aUser() {
        return app.aSignedInUser().user().id();
    }

    private Habit create(UserId user, String name) {
        return app.core.habits().create(user, HabitDraft.of(name, null, null, null, "2026-11-01"));
    }

    @Test
    void aHabitIsCreatedRenamedArchivedAndBroughtBack() {
        UserId user = aUser();
        Habit read = app.core.habits().create(user, HabitDraft.of("Read", "20 pages", "#112233",
                new ScheduleSpec("weekdays", List.of("MONDAY", "FRIDAY"), null), null));
        assertThat(read.startDate()).isEqualTo(TODAY);

        Habit renamed = app.core.habits().update(user, read.id(), new HabitChange("Read more", null, null,
                new ScheduleSpec("timesPerWeek", null, 3), null));
        assertThat(app.core.habits().get(user, read.id())).isEqualTo(renamed);
        assertThat(renamed.schedule()).isEqualTo(new Schedule.TimesPerWeek(3));

        app.core.habits().archive(user, read.id());
        assertThat(app.core.habits().list(user, HabitFilter.ACTIVE)).isEmpty();
        create(user, "READ MORE");
        assertThatThrownBy(() -> app.core.habits().unarchive(user, read.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.reason()).isEqualTo(DomainException.Reason.CONFLICT));
    }

    @Test
    void habitsAreReorderedAndDeleted() {
        UserId user = aUser();
        Habit a = create(user, "Alpha");
        Habit b = create(user, "Beta");
        Habit c = create(user, "Gamma");

        app.core.habits().reorder(user, List.of(c.id(), a.id(), b.id()));
        assertThat(app.core.habits().list(user, HabitFilter.ACTIVE)).extracting(Habit::id)
                .containsExactly(c.id(), a.id(), b.id());

        app.core.habits().delete(user, a.id());
        assertThat(app.core.habits().list(user, HabitFilter.ALL)).extracting(Habit::id)
                .containsExactly(c.id(), b.id());
        assertThatThrownBy(() -> app.core.habits().get(user, a.id())).isInstanceOf(DomainException.class);
    }

    @Test
    void anotherUsersHabitIsNotFound() {
        UserId owner = aUser();
        UserId stranger = aUser();
        Habit habit = create(owner, "Private");

        assertThatThrownBy(() -> app.core.habits().archive(stranger, habit.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.reason()).isEqualTo(DomainException.Reason.NOT_FOUND));
        assertThatThrownBy(() -> app.core.checkIns().record(stranger, habit.id(), TODAY, CheckInStatus.DONE, null))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aCheckInIsRecordedReplacedAndRemoved() {
        UserId user = aUser();
        Habit habit = create(user, "Walk");

        assertThat(app.core.checkIns().record(user, habit.id(), TODAY, CheckInStatus.DONE, "").created()).isTrue();
        var replaced = app.core.checkIns().record(user, habit.id(), TODAY, CheckInStatus.SKIPPED, "rain");
        assertThat(replaced.created()).isFalse();
        assertThat(app.core.checkIns().list(user, habit.id(), null, null)).containsExactly(replaced.checkIn());

        app.core.checkIns().remove(user, habit.id(), TODAY);
        assertThat(app.core.checkIns().list(user, habit.id(), null, null)).isEmpty();
    }

    @Test
    void statsTodayAndExportReadWhatWasRecorded() {
        UserId user = aUser();
        Habit habit = create(user, "Stretch");
        create(user, "Idle");
        for (int daysAgo = 0; daysAgo < 5; daysAgo++) {
            app.core.checkIns().record(user, habit.id(), TODAY.minusDays(daysAgo), CheckInStatus.DONE, null);
        }

        HabitStats stats = app.core.progress().stats(user, habit.id(), TODAY.minusDays(9), TODAY);
        assertThat(stats.streaks().current()).isEqualTo(5);
        assertThat(stats.completion().doneCount()).isEqualTo(5);

        var today = app.core.progress().today(user);
        assertThat(today.date()).isEqualTo(TODAY);
        assertThat(today.habits()).extracting(e -> e.habit().name().value()).containsExactly("Stretch", "Idle");
        assertThat(today.habits().get(0).status()).isEqualTo(CheckInStatus.DONE);

        var export = app.core.profile().export(user);
        assertThat(export.habits()).hasSize(2);
        assertThat(export.habits().get(0).checkIns()).extracting(CheckIn::date)
                .containsExactly(TODAY.minusDays(4), TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1), TODAY);
    }

    @Test
    void ofManyRequestsCreatingTheSameHabitAtOnceOneWinsAndTheRestConflict() throws InterruptedException {
        UserId user = aUser();

        List<Object> outcomes = DatabaseContract.race(() -> create(user, "Journal"));

        assertThat(outcomes).filteredOn(Habit.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Habit)).hasSize(DatabaseContract.RACERS - 1)
                .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.reason()).isEqualTo(DomainException.Reason.CONFLICT)));
        assertThat(app.core.habits().list(user, HabitFilter.ALL)).hasSize(1);
    }

    @Test
    void manyRequestsRecordingTheSameDayAtOnceAllSucceedAndLeaveOneCheckIn() throws InterruptedException {
        UserId user = aUser();
        Habit habit = create(user, "Water");

        List<Object> outcomes = DatabaseContract.race(
                () -> app.core.checkIns().record(user, habit.id(), TODAY, CheckInStatus.DONE, "glass"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isNotInstanceOf(Throwable.class));
        assertThat(app.db.checkIns().daysOf(user, habit.id())).hasSize(1);
    }
}
