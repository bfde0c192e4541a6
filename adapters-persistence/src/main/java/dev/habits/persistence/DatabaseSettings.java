package dev.habits.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is and how many connections to keep to it. {@code user} and {@code password}
 * may be null when the URL carries them (or the database needs none, as embedded H2).
 */
public record DatabaseSettings(String url, String user, String password, int poolSize) {

    /**
     * The settings every H2 database of ours runs with: PostgreSQL's dialect; no lost commits; and no
     * closing by H2's own shutdown hook, which would pull the database from under the requests that
     * a graceful stop lets finish (the server closes the pool itself, after them).
     */
    static final String H2_MODE =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("database url must be a JDBC url (jdbc:h2:… or jdbc:postgresql:…)");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
    }

    /** The embedded single-node default: an H2 file {@code habits} in {@code dataDir}. */
    public static String defaultH2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("habits") + H2_MODE;
    }

    /** The URL without a password that it may carry, for messages and logs. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + redactedUrl() + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
