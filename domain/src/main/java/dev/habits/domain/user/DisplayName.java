package dev.habits.domain.user;

import dev.habits.domain.shared.Text;

/** The name a user is shown by: 2 to 50 characters after trimming. */
public record DisplayName(String value) {
    public DisplayName {
        value = Text.required("displayName", value, 2, 50);
    }

    @Override
    public String toString() {
        return value;
    }
}
