package dev.habits.domain.user;

import dev.habits.domain.shared.DomainException;
import dev.habits.domain.shared.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/** A user's email address, trimmed and lower-cased so that one address is one account. */
public record Email(String value) {
    private static final Pattern SHAPE =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public Email {
        value = Text.required("email", value, 3, 254).toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches() || value.startsWith(".") || value.contains("..")) {
            throw DomainException.invalid("email", "must be a valid email address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
