package dev.habits.domain.user;

import static dev.habits.domain.shared.Refusals.assertRefusedAsInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UserValuesTest {

    @Test
    void anEmailIsTrimmedAndLowerCased() {
        assertThat(new Email("  Ada.Lovelace@Example.COM ").value()).isEqualTo("ada.lovelace@example.com");
    }

    @Test
    void anEmailThatIsNoAddressIsRefused() {
        for (String raw : new String[] {"", "   ", "ada", "ada@", "@example.com", "ada@example", "ada@@example.com",
            "ada lovelace@example.com", ".ada@example.com", "ada..l@example.com", "ada@-example.com"}) {
            assertRefusedAsInvalid("email", () -> new Email(raw));
        }
        assertRefusedAsInvalid("email", () -> new Email(null));
    }

    @Test
    void aDisplayNameIsTwoToFiftyCharacters() {
        assertThat(new DisplayName("  Ada  ").value()).isEqualTo("Ada");
        assertThat(new DisplayName("x".repeat(50)).value()).hasSize(50);
        assertRefusedAsInvalid("displayName", () -> new DisplayName("A"));
        assertRefusedAsInvalid("displayName", () -> new DisplayName("x".repeat(51)));
        assertRefusedAsInvalid("displayName", () -> new DisplayName(null));
    }

    @Test
    void aDisplayNameCountsAnEmojiAsOneCharacter() {
        assertThat(new DisplayName("😀😀").value()).isEqualTo("😀😀");
        assertThat(new DisplayName("😀".repeat(50)).value()).isEqualTo("😀".repeat(50));
        assertRefusedAsInvalid("displayName", () -> new DisplayName("😀"));
        assertRefusedAsInvalid("displayName", () -> new DisplayName("😀".repeat(51)));
    }

    @Test
    void aPasswordIsEightToOneHundredTwentyEightCharacters() {
        assertThat(PasswordPolicy.check("password", "correct7")).isEqualTo("correct7");
        assertThat(PasswordPolicy.check("password", "x".repeat(128))).hasSize(128);
        assertRefusedAsInvalid("password", () -> PasswordPolicy.check("password", "short12"));
        assertRefusedAsInvalid("password", () -> PasswordPolicy.check("password", "x".repeat(129)));
        assertRefusedAsInvalid("password", () -> PasswordPolicy.check("password", null));
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertRefusedAsInvalid("password", () -> PasswordPolicy.check("password", "password123"));
        assertRefusedAsInvalid("password", () -> PasswordPolicy.check("password", "PassWord123"));
        assertRefusedAsInvalid("newPassword", () -> PasswordPolicy.check("newPassword", "12345678"));
        assertRefusedAsInvalid("password", () -> PasswordPolicy.check("password", "QWERTYUIOP"));
    }

    @Test
    void aPasswordIsNeverTrimmedNorCaseFolded() {
        assertThat(PasswordPolicy.check("password", "  Tr0ub4dor  ")).isEqualTo("  Tr0ub4dor  ");
        assertThat(PasswordPolicy.check("password", " password123 ")).as("not the common one once spaces count")
                .isEqualTo(" password123 ");
        assertRefusedAsInvalid("password", () -> PasswordPolicy.check("password", "  abc  "));
    }

    @Test
    void aPasswordLengthCountsCodePoints() {
        assertThat(PasswordPolicy.check("password", "🔑🔑🔑🔑🔑🔑🔑🔑")).isEqualTo("🔑🔑🔑🔑🔑🔑🔑🔑");
        assertRefusedAsInvalid("password", () -> PasswordPolicy.check("password", "🔑🔑🔑🔑🔑🔑🔑"));
    }

    @Test
    void settingsTakeOnlyIanaTimeZones() {
        assertThat(UserSettings.zone("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(UserSettings.zone("UTC")).isEqualTo(ZoneId.of("UTC"));
        for (String raw : new String[] {"+02:00", "GMT+2", "Mars/Olympus_Mons", "europe/berlin", ""}) {
            assertRefusedAsInvalid("settings.timeZone", () -> UserSettings.zone(raw));
        }
        assertRefusedAsInvalid("settings.timeZone", () -> UserSettings.zone(null));
    }

    @Test
    void settingsRefuseAZoneThatIsOnlyAnOffset() {
        assertRefusedAsInvalid("settings.timeZone", () -> UserSettings.DEFAULTS.withTimeZone(ZoneOffset.ofHours(2)));
        assertRefusedAsInvalid("settings.timeZone", () -> UserSettings.DEFAULTS.withTimeZone(ZoneId.of("GMT+2")));
        assertThat(UserSettings.DEFAULTS.withTimeZone(ZoneId.of("Pacific/Kiritimati")).timeZone().getId())
                .isEqualTo("Pacific/Kiritimati");
    }

    @Test
    void settingsTakeADayStartHourFromZeroToTwentyThree() {
        assertThat(UserSettings.DEFAULTS.withDayStartHour(0).dayStartHour()).isZero();
        assertThat(UserSettings.DEFAULTS.withDayStartHour(23).dayStartHour()).isEqualTo(23);
        assertRefusedAsInvalid("settings.dayStartHour", () -> UserSettings.DEFAULTS.withDayStartHour(-1));
        assertRefusedAsInvalid("settings.dayStartHour", () -> UserSettings.DEFAULTS.withDayStartHour(24));
    }

    @Test
    void settingsTakeABcp47LocaleAndNormaliseIt() {
        assertThat(UserSettings.languageTag("en-us")).isEqualTo("en-US");
        assertThat(UserSettings.languageTag("de")).isEqualTo("de");
        assertThat(UserSettings.languageTag("zh-Hant-TW")).isEqualTo("zh-Hant-TW");
        for (String raw : new String[] {"", "  ", "english please", "en_US!", "123"}) {
            assertRefusedAsInvalid("settings.locale", () -> UserSettings.languageTag(raw));
        }
        assertRefusedAsInvalid("settings.locale", () -> UserSettings.languageTag(null));
    }

    @Test
    void defaultSettingsAreUtcMondayMidnightEnglishAndNoEmail() {
        assertThat(UserSettings.DEFAULTS).isEqualTo(
                new UserSettings(ZoneId.of("UTC"), DayOfWeek.MONDAY, 0, "en-US", false));
    }
}
