package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.persistence.H2StoreHeader.Chunk;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store header of an H2 file left by a kill, pointed at the newest chunk written whole. The
 * files here are made by H2 and copied while it has them open, as a kill leaves them; the header
 * H2 wrote too early (H2StoreHeader) is then made by hand: it names the chunk before the newest,
 * whose prediction of where the next chunk goes is wrong, as it was in the files our crash probe
 * left (reliability/RESULTS.md).
 */
class H2StoreHeaderTest {
    private static final int ROWS = 12;

    @TempDir
    Path dir;

    @Test
    void h2sChecksumOfAHeaderLineIsReproduced() {
        byte[] line = "H:2,block:1cc7,blockSize:1000,chunk:6ce0,created:1a242991160,format:3,version:6ce0"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Integer.toHexString(H2StoreHeader.fletcher32(line))).isEqualTo("d7bd72d2"); // from a file H2 wrote
    }

    @Test
    void aHeaderNamingAChunkBeforeTheNewestIsPointedAtTheNewest() throws Exception {
        Path killed = killedWithHeaderOneChunkBehind();
        assertThat(rowsAfterOpening(copyOf(killed))).as("H2 alone, the premise").isLessThan(ROWS);

        assertThat(H2StoreHeader.pointAtNewestChunk(killed)).isPresent();

        assertThat(rowsAfterOpening(killed)).isEqualTo(ROWS);
    }

    @Test
    void theHeaderPutBackIsTheHeaderAsItWas() throws Exception {
        Path killed = killedWithHeaderOneChunkBehind();
        byte[] before = Files.readAllBytes(killed);

        H2StoreHeader.restore(killed, H2StoreHeader.pointAtNewestChunk(killed).orElseThrow());

        assertThat(Files.readAllBytes(killed)).isEqualTo(before);
    }

    @Test
    void aChunkWhoseFooterWasNotWrittenIsNotTheNewest() throws Exception {
        Path killed = killedWithHeaderOneChunkBehind();
        Chunk newest = chunks(killed).get(chunks(killed).size() - 1);
        try (FileChannel channel = FileChannel.open(killed, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(128), (newest.block() + blocks(killed, newest)) * 4096 - 128);
        }
        byte[] before = Files.readAllBytes(killed);

        assertThat(H2StoreHeader.pointAtNewestChunk(killed)).isEmpty();
        assertThat(Files.readAllBytes(killed)).isEqualTo(before);
    }

    @Test
    void aFileClosedCleanlyIsLeftAsItIs() throws Exception {
        String url = DatabaseSettings.defaultH2Url(dir);
        try (Connection c = DriverManager.getConnection(url)) {
            insertRows(c);
        }
        Path file = dir.resolve("habits.mv.db");
        byte[] before = Files.readAllBytes(file);

        assertThat(H2StoreHeader.pointAtNewestChunk(file)).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aKilledFileIsMendedBeforeTheCleanStartOpensIt() throws Exception {
        Path killed = killedWithHeaderOneChunkBehind();

        H2CleanStart.closeOnceIfKillable(DatabaseSettings.defaultH2Url(killed.getParent()), new java.util.Properties())
                .run();

        assertThat(rowsAfterOpening(killed)).isEqualTo(ROWS);
    }

    /**
     * An H2 file with {@link #ROWS} rows committed one by one, copied while open, whose header then
     * names the chunk before the newest, whose chunk before the newest predicts the next chunk
     * somewhere else, and whose last block is an old chunk: opened as it is, H2 stops at the chunk
     * before the newest and misses the last row.
     */
    private Path killedWithHeaderOneChunkBehind() throws Exception {
        Path live = Files.createDirectories(dir.resolve("live"));
        Path killed = Files.createDirectories(dir.resolve("killed")).resolve("habits.mv.db");
        try (Connection c = DriverManager.getConnection(DatabaseSettings.defaultH2Url(live))) {
            insertRows(c);
            Files.copy(live.resolve("habits.mv.db"), killed);
        }
        List<Chunk> chunks = chunks(killed);
        Chunk before = chunks.get(chunks.size() - 2);
        try (FileChannel channel = FileChannel.open(killed, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            Map<String, String> header = H2StoreHeader.header(channel);
            H2StoreHeader.pointAt(channel, header, before);
            predictElsewhere(channel, before);
            // A dead chunk at the file's end, as the probe's files had: H2 looks for the newest chunk
            // backwards from the end too, and there finds this old one (the first, one block long).
            Chunk first = chunks.get(0);
            ByteBuffer block = ByteBuffer.allocate(4096);
            channel.read(block, first.block() * 4096);
            long end = channel.size() / 4096;
            channel.write(block.flip(), end * 4096);
            predictElsewhere(channel, new Chunk(end, first.id(), first.version(), first.time()));
        }
        return killed;
    }

    /** Rewrites the chunk's header with its {@code next} at block 2, padded to the same length. */
    private static void predictElsewhere(FileChannel channel, Chunk chunk) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(1024);
        channel.read(head, chunk.block() * 4096);
        String text = new String(head.array(), StandardCharsets.ISO_8859_1);
        String line = text.substring(0, text.indexOf(' '));
        String changed = line.replaceFirst(",next:[0-9a-f]+", ",next:2");
        assertThat(changed).isNotEqualTo(line);
        String padded = changed + " ".repeat(line.length() - changed.length());
        channel.write(ByteBuffer.wrap(padded.getBytes(StandardCharsets.ISO_8859_1)), chunk.block() * 4096);
    }

    private static List<Chunk> chunks(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            List<Chunk> chunks = new java.util.ArrayList<>(H2StoreHeader.wholeChunks(channel));
            chunks.sort(Comparator.comparingLong(Chunk::version));
            return chunks;
        }
    }

    private static long blocks(Path file, Chunk chunk) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(1024);
            channel.read(head, chunk.block() * 4096);
            String text = new String(head.array(), StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher len = java.util.regex.Pattern.compile(",len:([0-9a-f]+)").matcher(text);
            assertThat(len.find()).isTrue();
            return Long.parseLong(len.group(1), 16);
        }
    }

    private Path copyOf(Path file) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("copy")).resolve("habits.mv.db");
        Files.copy(file, copy);
        return copy;
    }

    private static int rowsAfterOpening(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection(DatabaseSettings.defaultH2Url(file.getParent()))) {
            return count(c);
        }
    }

    private static void insertRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE rows_written (n INT PRIMARY KEY)");
            for (int n = 1; n <= ROWS; n++) {
                s.execute("INSERT INTO rows_written VALUES (" + n + ")"); // one commit, one chunk each
            }
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM rows_written")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
