package dev.habits.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens an embedded H2 file once and lets it close cleanly before the pool opens it for good,
 * after pointing its store header at the newest chunk written in it ({@link H2StoreHeader}).
 *
 * <p>Why: H2 2.5.252, killed just after it wrote a commit to a place its last header did not
 * predict, reopens at an older chunk and loses commits it had already acknowledged
 * (reliability/RESULTS.md). The header is mended first, when the file was not closed cleanly;
 * should H2 then refuse the file, the header is put back as it was and H2 opens it as before.
 * Closing the one connection closes an H2 database (its default {@code DB_CLOSE_DELAY=0}) and
 * compacts the file for up to H2's {@code MAX_COMPACT_TIME} (200 ms), so the pool then opens a
 * cleanly closed file; no {@code SHUTDOWN} is needed, and when this JVM already has the file open
 * (an embedder's second {@link Database}, a second node in a test) our connection leaves theirs
 * alone. Such a file is not mended: the files this JVM opened are counted here, because opening
 * and closing a channel of our own on a file the JVM holds would drop H2's lock on it.
 *
 * <p>Skipped for a file that does not exist yet (never killed, so nothing to mend) and for
 * in-memory or remote H2 URLs. Costs about 75 ms at start on a small file, more once after a
 * kill or a bulk load, while H2 compacts; after a kill, reading the file's blocks to find its
 * newest chunk too.
 */
final class H2CleanStart {
    private static final String FILE_PREFIX = "jdbc:h2:file:";
    private static final String MV_STORE_SUFFIX = ".mv.db";
    /** The store files this JVM has open through a {@link Database}, each with how many have it open. */
    private static final Map<Path, Integer> OPEN_HERE = new HashMap<>();

    private H2CleanStart() {
    }

    /**
     * Starts the file cleanly unless this JVM has it open, and counts it as open here until the
     * returned release runs (when the {@link Database} closes).
     */
    static Runnable closeOnceIfKillable(String jdbcUrl, Properties properties) throws SQLException {
        if (!isEmbeddedFile(jdbcUrl)) {
            return () -> { };
        }
        Path file = storeFile(jdbcUrl);
        synchronized (OPEN_HERE) {
            if (file == null || !OPEN_HERE.containsKey(file)) {
                startCleanly(jdbcUrl, properties, file);
            }
            if (file == null) {
                return () -> { };
            }
            OPEN_HERE.merge(file, 1, Integer::sum);
        }
        return () -> {
            synchronized (OPEN_HERE) {
                OPEN_HERE.computeIfPresent(file, (f, n) -> n == 1 ? null : n - 1);
            }
        };
    }

    private static void startCleanly(String jdbcUrl, Properties properties, Path file) throws SQLException {
        boolean known = file != null;
        if (known && !Files.exists(file)) {
            return;
        }
        Optional<byte[]> replaced = Optional.empty();
        if (known) {
            try {
                replaced = H2StoreHeader.pointAtNewestChunk(file);
            } catch (IOException e) {
                throw new SQLException("Cannot read the H2 file " + file + ": " + e.getMessage(), e);
            }
        }
        try {
            // Opening is the work: H2 recovers the file here, and closes it when this connection ends.
            DriverManager.getConnection(jdbcUrl, properties).close();
        } catch (SQLException e) {
            if (replaced.isEmpty()) {
                throw e;
            }
            try {
                H2StoreHeader.restore(file, replaced.get());
            } catch (IOException restore) {
                e.addSuppressed(restore);
                throw e;
            }
            DriverManager.getConnection(jdbcUrl, properties).close();
        }
    }

    static boolean isEmbeddedFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        return !(rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:"));
    }

    /** The store file of a {@code jdbc:h2:file:} URL; null when the URL's form does not say where it is. */
    private static Path storeFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith(FILE_PREFIX)) {
            return null;
        }
        String name = jdbcUrl.substring(FILE_PREFIX.length()).split(";", 2)[0];
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        try {
            return Path.of(name + MV_STORE_SUFFIX).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
