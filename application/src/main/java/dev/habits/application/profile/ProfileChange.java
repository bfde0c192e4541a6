package dev.habits.application.profile;

import dev.habits.domain.shared.Validation;
import dev.habits.domain.user.DisplayName;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserSettings;

/** A partial change of the profile: a null member is left as it was. */
public record ProfileChange(String displayName, SettingsChange settings) {

    /** The changed name and settings for this user, naming every invalid field at once. */
    Result applyTo(User user) {
        Validation validation = new Validation();
        DisplayName name = displayName == null ? user.displayName() : validation.check(() -> new DisplayName(displayName));
        UserSettings newSettings = settings == null ? user.settings() : validation.check(() -> settings.applyTo(user.settings()));
        validation.throwIfInvalid();
        return new Result(name, newSettings);
    }

    record Result(DisplayName displayName, UserSettings settings) {
    }
}
