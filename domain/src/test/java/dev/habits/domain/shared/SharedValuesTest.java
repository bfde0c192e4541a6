package dev.habits.domain.shared;

import static dev.habits.domain.shared.Refusals.assertRefusedAsInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

    @Test
    void calendarDateAcceptsARealDate() {
        assertThat(CalendarDate.parse("date", "2026-11-22")).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void calendarDateRefusesFebruary30() {
        assertRefusedAsInvalid("date", () -> CalendarDate.parse("date", "2026-02-30"));
    }

    @Test
    void calendarDateRefusesFebruary29InACommonYear() {
        assertRefusedAsInvalid("date", () -> CalendarDate.parse("date", "2027-02-29"));
    }

    @Test
    void calendarDateAcceptsFebruary29InALeapYear() {
        assertThat(CalendarDate.parse("date", "2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void calendarDateRefusesOtherShapesAndNamesTheField() {
        for (String raw : List.of("2026-2-3", "20261122", "2026-11-22T00:00", "22.11.2026", "+2026-11-22", "",
                "2026-11-2x", "2026/11/22", "2026-1１-22", "-026-11-22", "2026-13-01", "2026-00-10", "2026-11-00")) {
            assertRefusedAsInvalid("from", () -> CalendarDate.parse("from", raw));
        }
        assertRefusedAsInvalid("from", () -> CalendarDate.parse("from", null));
    }

    @Test
    void textIsTrimmedAndMeasuredInCodePoints() {
        assertThat(Text.required("name", "  Read  ", 2, 60)).isEqualTo("Read");
        assertThat(Text.required("name", "🏃🏃", 2, 2)).isEqualTo("🏃🏃");
    }

    @Test
    void textRefusesControlCharactersAndNul() {
        assertRefusedAsInvalid("name", () -> Text.required("name", "Read\u0000books", 2, 60));
        assertRefusedAsInvalid("name", () -> Text.required("name", "Read\u0007books", 2, 60));
        assertRefusedAsInvalid("name", () -> Text.required("name", "Read\nbooks", 2, 60));
        assertRefusedAsInvalid("note", () -> Text.multiline("note", "a\u0000b", 500));
    }

    @Test
    void multilineTextKeepsLineBreaksAndTabs() {
        assertThat(Text.multiline("note", "first\n\tsecond", 500)).isEqualTo("first\n\tsecond");
    }

    @Test
    void textRefusesALoneSurrogate() {
        assertRefusedAsInvalid("name", () -> Text.required("name", "ab\uD83C", 2, 60));
        assertRefusedAsInvalid("name", () -> Text.required("name", "a\uDFC3b", 2, 60));
    }

    @Test
    void validationNamesEveryOffendingFieldInOneRefusal() {
        Validation validation = new Validation();
        validation.check(() -> Text.required("name", "x", 2, 60));
        validation.check(() -> CalendarDate.parse("startDate", "2026-02-30"));

        assertRefusedAsInvalidFields(validation, "name", "startDate");
    }

    private static void assertRefusedAsInvalidFields(Validation validation, String... fields) {
        try {
            validation.throwIfInvalid();
        } catch (DomainException e) {
            assertThat(e.reason()).isEqualTo(DomainException.Reason.INVALID);
            assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields);
            return;
        }
        throw new AssertionError("expected a refusal naming " + List.of(fields));
    }
}
