package dev.habits.domain.habit;

import static dev.habits.domain.shared.Refusals.assertRefusedAsInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HabitValuesTest {

    @Test
    void aHabitNameIsTrimmedAndTwoToSixtyCharacters() {
        assertThat(new HabitName("  Read  ").value()).isEqualTo("Read");
        assertThat(new HabitName("ab").value()).isEqualTo("ab");
        assertThat(new HabitName("x".repeat(60)).value()).hasSize(60);
        assertRefusedAsInvalid("name", () -> new HabitName("x"));
        assertRefusedAsInvalid("name", () -> new HabitName("   "));
        assertRefusedAsInvalid("name", () -> new HabitName("x".repeat(61)));
        assertRefusedAsInvalid("name", () -> new HabitName(null));
    }

    @Test
    void aHabitNameCountsAnEmojiAsOneCharacter() {
        assertThat(new HabitName("🧘".repeat(60)).value()).isEqualTo("🧘".repeat(60));
        assertRefusedAsInvalid("name", () -> new HabitName("🧘".repeat(61)));
    }

    @Test
    void habitNamesAreComparedWhateverTheirCase() {
        HabitName read = new HabitName("Read");

        assertThat(read.key()).isEqualTo(new HabitName("READ").key());
        assertThat(read.sameAs(new HabitName(" rEaD "))).isTrue();
        assertThat(read.sameAs(new HabitName("Reading"))).isFalse();
        assertThat(read.value()).as("the name keeps the case it was given").isEqualTo("Read");
    }

    @Test
    void aColourIsHashAndSixHexDigitsKeptUpperCase() {
        assertThat(new Color("#4caf50").value()).isEqualTo("#4CAF50");
        assertThat(new Color(" #00ff00 ").value()).isEqualTo("#00FF00");
        assertThat(Color.DEFAULT.value()).isEqualTo("#4CAF50");
    }

    @Test
    void aColourRefusesOtherShapes() {
        for (String raw : new String[] {"4CAF50", "#4CAF5", "#4CAF500", "#GGGGGG", "red", "#fff", ""}) {
            assertRefusedAsInvalid("color", () -> new Color(raw));
        }
        assertRefusedAsInvalid("color", () -> new Color(null));
    }

    @Test
    void aWeekdaysScheduleNamesOneToSevenDays() {
        assertThat(new Schedule.Weekdays(EnumSet.of(DayOfWeek.MONDAY)).days()).containsExactly(DayOfWeek.MONDAY);
        assertThat(new Schedule.Weekdays(EnumSet.allOf(DayOfWeek.class)).days()).hasSize(7);
        assertRefusedAsInvalid("schedule.days", () -> new Schedule.Weekdays(Set.of()));
        assertRefusedAsInvalid("schedule.days", () -> new Schedule.Weekdays(null));
    }

    @Test
    void aWeekdaysScheduleCannotBeChangedAfterwards() {
        Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
        Schedule.Weekdays schedule = new Schedule.Weekdays(days);
        days.add(DayOfWeek.FRIDAY);

        assertThat(schedule.days()).containsExactly(DayOfWeek.MONDAY);
    }

    @Test
    void aTimesPerWeekScheduleAsksOneToSevenTimes() {
        assertThat(new Schedule.TimesPerWeek(1).times()).isEqualTo(1);
        assertThat(new Schedule.TimesPerWeek(7).times()).isEqualTo(7);
        assertRefusedAsInvalid("schedule.times", () -> new Schedule.TimesPerWeek(0));
        assertRefusedAsInvalid("schedule.times", () -> new Schedule.TimesPerWeek(8));
    }

    @Test
    void scheduleTypesAreNamedAsClientsSeeThem() {
        assertThat(Schedule.DEFAULT.type()).isEqualTo("daily");
        assertThat(new Schedule.Weekdays(EnumSet.of(DayOfWeek.MONDAY)).type()).isEqualTo("weekdays");
        assertThat(new Schedule.TimesPerWeek(3).type()).isEqualTo("timesPerWeek");
    }

    @Test
    void aDescriptionIsAtMostThreeHundredCharactersAndMayBreakLines() {
        assertThat(Habit.description(null)).isEmpty();
        assertThat(Habit.description("one\ntwo")).isEqualTo("one\ntwo");
        assertThat(Habit.description("x".repeat(300))).hasSize(300);
        assertRefusedAsInvalid("description", () -> Habit.description("x".repeat(301)));
    }
}
