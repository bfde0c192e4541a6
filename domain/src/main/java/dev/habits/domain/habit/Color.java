package dev.habits.domain.habit;

import dev.habits.domain.shared.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A habit's display colour as {@code #RRGGBB}, kept upper-case. */
public record Color(String value) {
    // Declared before DEFAULT: static fields initialise in order, and DEFAULT's constructor reads it.
    private static final Pattern HEX = Pattern.compile("^#[0-9A-Fa-f]{6}$");
    public static final Color DEFAULT = new Color("#4CAF50");

    public Color {
        if (value == null || !HEX.matcher(value.strip()).matches()) {
            throw DomainException.invalid("color", "must be a colour as #RRGGBB");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
