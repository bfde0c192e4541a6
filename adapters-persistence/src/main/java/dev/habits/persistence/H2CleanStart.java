package dev.habits.persistence;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens an embedded H2 file once and lets it close cleanly before the pool opens it for good.
 *
 * <p>Why: H2 2.5.252, reopening a file that a {@code kill -9} left, may put its next chunks into
 * freed space near the start of the file without rewriting the store header; killed again, it
 * reopens at the chunk the header names and loses commits it had already acknowledged
 * (reliability/RESULTS.md). Closed cleanly first, which compacts the file for up to H2's
 * {@code MAX_COMPACT_TIME} (200 ms) and rewrites its header, it has lost nothing in our crash
 * runs; closed without that compaction, it still lost. Closing the only connection closes an H2
 * database (its default {@code DB_CLOSE_DELAY=0}), so no {@code SHUTDOWN} is needed, and when this
 * JVM already has the file open (an embedder's second {@link Database}, a second node in a test)
 * closing our connection leaves theirs alone.
 *
 * <p>Skipped for a file that does not exist yet (never killed, so nothing to mend) and for
 * in-memory or remote H2 URLs. Costs about 75 ms at start on a small file, more once after a
 * kill or a bulk load, while H2 compacts.
 */
final class H2CleanStart {
    private static final String FILE_PREFIX = "jdbc:h2:file:";
    private static final String MV_STORE_SUFFIX = ".mv.db";

    private H2CleanStart() {
    }

    static void closeOnceIfKillable(String jdbcUrl, Properties properties) throws SQLException {
        if (!isEmbeddedFile(jdbcUrl) || !exists(jdbcUrl)) {
            return;
        }
        // Opening is the work: H2 recovers the file here, and closes it when this connection ends.
        DriverManager.getConnection(jdbcUrl, properties).close();
    }

    static boolean isEmbeddedFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        return !(rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:"));
    }

    /** Whether the file is there; true when the URL's form does not say where it is. */
    private static boolean exists(String jdbcUrl) {
        if (!jdbcUrl.startsWith(FILE_PREFIX)) {
            return true;
        }
        String name = jdbcUrl.substring(FILE_PREFIX.length()).split(";", 2)[0];
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        try {
            return Files.exists(Path.of(name + MV_STORE_SUFFIX));
        } catch (InvalidPathException e) {
            return true;
        }
    }
}
