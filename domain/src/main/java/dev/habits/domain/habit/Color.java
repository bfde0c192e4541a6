package dev.habits.domain.habit;

import dev.habits.domain.shared.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A habit's display colour as {@code #RRGGBB}, kept upper-case. */
public record Color(String value) {
    private static final Pattern HEX = Pattern.compile("^#[0-9A-Fa-f]{6}$");
    /** The colour a habit gets when none is given (declared after HEX, which it needs). */
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
