package dev.habits.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupPartsTest {
    @TempDir
    Path dataDir;

    @Test
    void aGeneratedSigningSecretIsKeptAndReused() throws IOException {
        String first = JwtSecretFile.readOrCreate(dataDir);
        String second = JwtSecretFile.readOrCreate(dataDir);

        assertThat(first).isEqualTo(second).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("jwt-secret")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aKeptSecretThatIsTooShortStopsTheStart() throws IOException {
        Files.writeString(dataDir.resolve("jwt-secret"), "short");

        assertThatThrownBy(() -> JwtSecretFile.readOrCreate(dataDir)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("HABITS_JWT_SECRET");
    }
}
