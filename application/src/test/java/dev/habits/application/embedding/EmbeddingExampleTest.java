package dev.habits.application.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.HabitTracker;
import dev.habits.application.auth.RegisterCommand;
import dev.habits.application.fixtures.TestPorts;
import dev.habits.application.habit.HabitDraft;
import dev.habits.application.port.EventPublisher;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The README's embedding example, kept true: the core runs inside any JVM application, no server. */
class EmbeddingExampleTest {

    @Test
    void anApplicationEmbedsTheCoreWithItsOwnPorts() {
        TestPorts mine = TestPorts.at("2026-11-22T09:30:00Z"); // stands in for the application's own adapters

        // --- README example starts ---
        HabitTracker tracker = HabitTracker.wire(new HabitTracker.Ports(
                mine.users, mine.habits, mine.checkIns, mine.refreshTokens, mine.ports().transactions(),
                mine.hasher, mine.accessTokens, UUID::randomUUID, EventPublisher.NONE, Clock.systemUTC()),
                Duration.ofDays(30));
        UserId ada = tracker.auth().register(
                RegisterCommand.of("ada@example.com", "correct horse battery", "Ada", null)).user().id();
        Habit read = tracker.habits().create(ada, HabitDraft.of("Read", null, null, null, null));
        LocalDate today = tracker.progress().today(ada).date();
        tracker.checkIns().record(ada, read.id(), today, CheckInStatus.DONE, "20 pages");
        int streak = tracker.progress().today(ada).habits().get(0).currentStreak(); // 1
        // --- README example ends ---

        assertThat(streak).isEqualTo(1);
        assertThat(tracker.checkIns().list(ada, read.id(), null, null)).singleElement()
                .satisfies(c -> assertThat(c.note()).isEqualTo("20 pages"));
    }
}
