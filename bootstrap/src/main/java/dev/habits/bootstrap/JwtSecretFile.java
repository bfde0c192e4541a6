package dev.habits.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signing secret when none is configured: made once, kept in the data folder so tokens survive
 * a restart. Several nodes must share one secret, so production sets HABITS_JWT_SECRET instead.
 */
final class JwtSecretFile {
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecretFile.class);
    private static final SecureRandom RANDOM = new SecureRandom(); // thread-safe; seeded once

    private JwtSecretFile() {
    }

    static String readOrCreate(Path dataDir) {
        Path file = dataDir.resolve("jwt-secret");
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                byte[] bytes = new byte[48];
                RANDOM.nextBytes(bytes);
                write(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
                LOG.warn("HABITS_JWT_SECRET is not set: generated a signing secret in {}. Set HABITS_JWT_SECRET "
                        + "(at least 32 bytes) in production, and the same on every node.", file);
            } else {
                LOG.warn("HABITS_JWT_SECRET is not set: using the generated secret in {}", file);
            }
            String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (secret.getBytes(StandardCharsets.UTF_8).length < ServerSettings.MIN_SECRET_BYTES) {
                throw new SettingsException(file + " holds a secret shorter than 32 bytes; delete it or set "
                        + "HABITS_JWT_SECRET");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the signing secret in " + file, e);
        }
    }

    private static void write(Path file, String secret) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system
        } catch (FileAlreadyExistsException e) {
            return; // another node made it first
        }
        Files.writeString(file, secret, StandardCharsets.UTF_8);
    }
}
