package dev.habits.http.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.habits.application.progress.Today;
import dev.habits.domain.user.UserId;
import dev.habits.http.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WrittenTodaysTest {
    private static final UserId ADA = new UserId(new UUID(0, 1));
    private final Json json = new Json();
    private int viewsWritten;

    private Object view(Today today) {
        viewsWritten++;
        return Map.of("date", today.date().toString());
    }

    private String text(RawValue value) {
        return new String(json.bytes(value), StandardCharsets.UTF_8);
    }

    @Test
    void theSameViewIsWrittenOnceAndAnotherOneAfresh() {
        WrittenTodays written = new WrittenTodays(json, 10);
        Today monday = new Today(LocalDate.of(2026, 11, 23), List.of());
        RawValue first = written.of(ADA, monday, this::view);

        assertThat(written.of(ADA, monday, this::view)).isSameAs(first);
        assertThat(text(first)).isEqualTo("{\"date\":\"2026-11-23\"}");
        // an equal view made again (the core made it afresh): written again, not trusted by equality
        assertThat(text(written.of(ADA, new Today(monday.date(), List.of()), this::view))).isEqualTo(text(first));
        assertThat(text(written.of(ADA, new Today(monday.date().plusDays(1), List.of()), this::view)))
                .isEqualTo("{\"date\":\"2026-11-24\"}");
        assertThat(viewsWritten).isEqualTo(3);
    }

    @Test
    void itKeepsAtMostItsBound() {
        WrittenTodays written = new WrittenTodays(json, 8);
        Today today = new Today(LocalDate.of(2026, 11, 23), List.of());
        for (int i = 0; i < 100; i++) {
            written.of(new UserId(new UUID(0, i)), today, this::view);
            assertThat(written.size()).isLessThanOrEqualTo(8);
        }
        WrittenTodays none = new WrittenTodays(json, 0);
        none.of(ADA, today, this::view);
        none.of(ADA, today, this::view);
        assertThat(none.size()).isZero();
        assertThat(viewsWritten).isEqualTo(102);
    }
}
