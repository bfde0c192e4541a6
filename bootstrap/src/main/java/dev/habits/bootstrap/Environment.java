package dev.habits.bootstrap;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where settings come from: an environment variable such as {@code HABITS_DB_URL}, or else the
 * system property {@code habits.db.url}. A blank value counts as unset.
 */
record Environment(Map<String, String> variables, Properties properties) {

    static Environment system() {
        return new Environment(System.getenv(), System.getProperties());
    }

    static Environment of(Map<String, String> variables) {
        return new Environment(variables, new Properties());
    }

    Optional<String> get(String variable) {
        String value = variables.get(variable);
        if (value == null || value.isBlank()) {
            value = properties.getProperty(propertyName(variable));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** {@code HABITS_DB_URL} → {@code habits.db.url}. */
    static String propertyName(String variable) {
        return variable.toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
