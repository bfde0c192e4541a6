package dev.habits.application.auth;

import dev.habits.application.profile.SettingsChange;
import dev.habits.domain.shared.Validation;
import dev.habits.domain.user.DisplayName;
import dev.habits.domain.user.Email;
import dev.habits.domain.user.PasswordPolicy;
import dev.habits.domain.user.UserSettings;
import java.util.Objects;

/** A request to open an account, every field already valid. */
public record RegisterCommand(Email email, String password, DisplayName displayName, UserSettings settings) {
    public RegisterCommand {
        Objects.requireNonNull(email, "email");
        PasswordPolicy.check("password", password);
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(settings, "settings");
    }

    /** Validates raw input, naming every offending field at once; {@code settings} may be null. */
    public static RegisterCommand of(String email, String password, String displayName, SettingsChange settings) {
        Validation validation = new Validation();
        Email validEmail = validation.check(() -> new Email(email));
        String validPassword = validation.check(() -> PasswordPolicy.check("password", password));
        DisplayName name = validation.check(() -> new DisplayName(displayName));
        UserSettings validSettings = settings == null
                ? UserSettings.DEFAULTS
                : validation.check(() -> settings.applyTo(UserSettings.DEFAULTS));
        validation.throwIfInvalid();
        return new RegisterCommand(validEmail, validPassword, name, validSettings);
    }
}
