package dev.habits.domain.shared;

/**
 * The rules every user-written text shares: trimmed, measured in Unicode code points, and free of
 * control characters (PostgreSQL refuses NUL; the others are never meant in a habit tracker).
 */
public final class Text {
    private Text() {
    }

    /** Trims and checks a required text; refuses null, control characters and a length outside [min, max]. */
    public static String required(String field, String raw, int min, int max) {
        if (raw == null) {
            throw DomainException.invalid(field, "is required");
        }
        return optional(field, raw, min, max);
    }

    /** Like {@link #required} for a text that may be empty after trimming when min is 0. */
    public static String optional(String field, String raw, int min, int max) {
        String text = raw == null ? "" : raw.strip();
        checkCharacters(field, text, false);
        int length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            throw DomainException.invalid(field, min == 0
                    ? "must be at most " + max + " characters"
                    : "must be " + min + " to " + max + " characters");
        }
        return text;
    }

    /** Like {@link #optional} but keeps line breaks and tabs, for notes and descriptions. */
    public static String multiline(String field, String raw, int max) {
        String text = raw == null ? "" : raw.strip();
        checkCharacters(field, text, true);
        if (text.codePointCount(0, text.length()) > max) {
            throw DomainException.invalid(field, "must be at most " + max + " characters");
        }
        return text;
    }

    static void checkCharacters(String field, String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowedBreak = multiline && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowedBreak) {
                throw DomainException.invalid(field, "must not contain control characters");
            }
            if (Character.isSurrogate(c) && !validSurrogateAt(text, i)) {
                throw DomainException.invalid(field, "must be valid Unicode text");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    private static boolean validSurrogateAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i))
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
