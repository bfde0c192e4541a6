package dev.habits.bootstrap;

/** A setting that cannot be used; its message names the setting and says what it takes. */
final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SettingsException(String message) {
        super(message);
    }
}
