package dev.habits.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A user's calendar date at an instant: their zone, shifted by the hour their day starts. */
class UsersLocalDateTest {

    private static UserSettings aUserIn(String zone) {
        return aUserIn(zone, 0);
    }

    private static UserSettings aUserIn(String zone, int dayStartHour) {
        return new UserSettings(ZoneId.of(zone), DayOfWeek.MONDAY, dayStartHour, "en-US", false);
    }

    private static LocalDate dateOf(UserSettings user, String instant) {
        return user.dateAt(Instant.parse(instant));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void usersOnEitherSideOfTheDateLineAreOnDifferentDatesAtTheSameInstant() {
        UserSettings kiritimati = aUserIn("Pacific/Kiritimati");
        UserSettings pagoPago = aUserIn("Pacific/Pago_Pago");

        assertThat(dateOf(kiritimati, "2026-11-22T09:30:00Z")).isEqualTo(day("2026-11-22"));
        assertThat(dateOf(pagoPago, "2026-11-22T09:30:00Z")).isEqualTo(day("2026-11-21"));
        assertThat(dateOf(kiritimati, "2026-11-22T10:30:00Z")).as("00:30 on the 23rd").isEqualTo(day("2026-11-23"));
        assertThat(dateOf(pagoPago, "2026-11-22T10:30:00Z")).as("23:30 on the 21st").isEqualTo(day("2026-11-21"));
    }

    @Test
    void withADayStartHourOf4TwoInTheMorningBelongsToTheDayBefore() {
        UserSettings earlyBird = aUserIn("UTC", 4);

        assertThat(dateOf(earlyBird, "2026-11-22T02:00:00Z")).isEqualTo(day("2026-11-21"));
        assertThat(dateOf(earlyBird, "2026-11-22T03:59:59Z")).isEqualTo(day("2026-11-21"));
    }

    @Test
    void withADayStartHourOf4FourInTheMorningBelongsToTheSameDay() {
        UserSettings earlyBird = aUserIn("UTC", 4);

        assertThat(dateOf(earlyBird, "2026-11-22T04:00:00Z")).isEqualTo(day("2026-11-22"));
    }

    @Test
    void berlinsSpringForwardDayStartsAtLocalMidnight() {
        UserSettings berlin = aUserIn("Europe/Berlin");

        assertThat(dateOf(berlin, "2026-03-28T22:59:59Z")).as("23:59:59 CET").isEqualTo(day("2026-03-28"));
        assertThat(dateOf(berlin, "2026-03-28T23:00:00Z")).as("00:00 CET").isEqualTo(day("2026-03-29"));
        assertThat(dateOf(berlin, "2026-03-29T21:59:59Z")).as("23:59:59 CEST").isEqualTo(day("2026-03-29"));
        assertThat(dateOf(berlin, "2026-03-29T22:00:00Z")).as("00:00 CEST").isEqualTo(day("2026-03-30"));
    }

    @Test
    void berlinsSpringForwardDayWithADayStartHourOf4StartsAtFourLocalTime() {
        UserSettings berlin = aUserIn("Europe/Berlin", 4);

        assertThat(dateOf(berlin, "2026-03-29T01:30:00Z")).as("03:30 CEST").isEqualTo(day("2026-03-28"));
        assertThat(dateOf(berlin, "2026-03-29T02:00:00Z")).as("04:00 CEST").isEqualTo(day("2026-03-29"));
    }

    @Test
    void berlinsFallBackDayStartsAtLocalMidnight() {
        UserSettings berlin = aUserIn("Europe/Berlin");

        assertThat(dateOf(berlin, "2026-10-24T22:00:00Z")).as("00:00 CEST").isEqualTo(day("2026-10-25"));
        assertThat(dateOf(berlin, "2026-10-25T22:59:59Z")).as("23:59:59 CET").isEqualTo(day("2026-10-25"));
        assertThat(dateOf(berlin, "2026-10-25T23:00:00Z")).as("00:00 CET").isEqualTo(day("2026-10-26"));
    }

    @Test
    void berlinsFallBackDayWithADayStartHourOf4StartsAtFourLocalTimeNotFourHoursAfterMidnight() {
        UserSettings berlin = aUserIn("Europe/Berlin", 4);

        assertThat(dateOf(berlin, "2026-10-25T00:30:00Z")).as("02:30 CEST").isEqualTo(day("2026-10-24"));
        assertThat(dateOf(berlin, "2026-10-25T02:30:00Z")).as("03:30 CET, four hours after midnight")
                .isEqualTo(day("2026-10-24"));
        assertThat(dateOf(berlin, "2026-10-25T03:00:00Z")).as("04:00 CET").isEqualTo(day("2026-10-25"));
    }

    @Test
    void newYorksSpringForwardDayGivesTheRightDate() {
        UserSettings newYork = aUserIn("America/New_York");
        UserSettings earlyBird = aUserIn("America/New_York", 4);

        assertThat(dateOf(newYork, "2026-03-08T04:59:59Z")).as("23:59:59 EST").isEqualTo(day("2026-03-07"));
        assertThat(dateOf(newYork, "2026-03-08T05:00:00Z")).as("00:00 EST").isEqualTo(day("2026-03-08"));
        assertThat(dateOf(newYork, "2026-03-09T03:59:59Z")).as("23:59:59 EDT").isEqualTo(day("2026-03-08"));
        assertThat(dateOf(earlyBird, "2026-03-08T07:30:00Z")).as("03:30 EDT").isEqualTo(day("2026-03-07"));
        assertThat(dateOf(earlyBird, "2026-03-08T08:00:00Z")).as("04:00 EDT").isEqualTo(day("2026-03-08"));
    }

    @Test
    void newYorksFallBackDayGivesTheRightDate() {
        UserSettings newYork = aUserIn("America/New_York");
        UserSettings earlyBird = aUserIn("America/New_York", 4);

        assertThat(dateOf(newYork, "2026-11-01T04:00:00Z")).as("00:00 EDT").isEqualTo(day("2026-11-01"));
        assertThat(dateOf(newYork, "2026-11-02T04:59:59Z")).as("23:59:59 EST").isEqualTo(day("2026-11-01"));
        assertThat(dateOf(newYork, "2026-11-02T05:00:00Z")).as("00:00 EST").isEqualTo(day("2026-11-02"));
        assertThat(dateOf(earlyBird, "2026-11-01T05:30:00Z")).as("01:30 EDT").isEqualTo(day("2026-10-31"));
        assertThat(dateOf(earlyBird, "2026-11-01T06:30:00Z")).as("01:30 EST, the second time")
                .isEqualTo(day("2026-10-31"));
        assertThat(dateOf(earlyBird, "2026-11-01T09:00:00Z")).as("04:00 EST").isEqualTo(day("2026-11-01"));
    }

    @Test
    void theLeapDayIsADayOfItsOwn() {
        UserSettings utc = aUserIn("UTC");

        assertThat(dateOf(utc, "2028-02-29T12:00:00Z")).isEqualTo(day("2028-02-29"));
        assertThat(dateOf(utc, "2027-02-28T23:59:59Z").plusDays(1)).isEqualTo(day("2027-03-01"));
        assertThat(dateOf(aUserIn("UTC", 4), "2028-03-01T03:00:00Z")).isEqualTo(day("2028-02-29"));
    }
}
