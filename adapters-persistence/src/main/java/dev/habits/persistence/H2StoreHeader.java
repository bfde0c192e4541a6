package dev.habits.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Points the store header of an H2 file that a kill left behind at the newest chunk written whole
 * in it, before H2 opens the file.
 *
 * <p>Why: H2 2.5.252 writes each commit as a chunk. When a chunk lands where the chunk before it
 * did not predict, H2 rewrites the store header so that a reopening can find it, but it writes
 * that header before it records the new chunk as its last ({@code FileStore.storeBuffer} calls
 * {@code writeChunk}, then sets {@code lastChunk}); so the header names the chunk before, whose
 * prediction does not lead to the new one. Killed then, H2 reopens at the chunk before, and the
 * commits after it, already acknowledged, are gone: H2 alone lost them in our crash probe
 * (reliability/RESULTS.md). A chunk carries its id, version and time in its header and again, with
 * a checksum, in its footer, which is written last; so the newest chunk with a whole footer is the
 * newest state written, and a header naming it lets H2 open there.
 *
 * <p>Only for a file that was not closed cleanly (a clean close marks the header) and whose lock
 * is free; only the header's two copies are written. The newest chunk is the one written last by
 * the clock H2 stamps on each ({@code time}, milliseconds since the file was made; then version):
 * chunks that an earlier reopening at an older chunk left behind are older by that clock than
 * anything written since, though their versions may be higher.
 */
final class H2StoreHeader {
    private static final int BLOCK = 4096;
    private static final int FOOTER = 128;
    private static final int CHUNK_HEADER_MAX = 1024;
    private static final int SCAN = 256 * BLOCK;
    private static final byte[] CHUNK_MARK = "chunk:".getBytes(StandardCharsets.ISO_8859_1);

    /** A chunk whose header and footer agree and whose footer's checksum holds. */
    record Chunk(long block, int id, long version, long time) {
    }

    /** Written later: by the time H2 stamped on it, then (within a millisecond) by version. */
    private static final Comparator<Chunk> WRITTEN_LATER =
            Comparator.comparingLong(Chunk::time).thenComparingLong(Chunk::version);

    private H2StoreHeader() {
    }

    /**
     * When the file's header names an older chunk than the newest whole one, points it at that one
     * and returns the header's bytes as they were (for {@link #restore}); otherwise changes nothing.
     */
    static Optional<byte[]> pointAtNewestChunk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                return Optional.empty(); // open elsewhere: not ours to mend
            }
            try {
                byte[] original = read(channel, 0, 2 * BLOCK);
                Map<String, String> header = header(original);
                if (header == null || header.containsKey("clean")) {
                    return Optional.empty();
                }
                Chunk newest = newestWholeChunk(channel);
                if (newest == null || newest.version() <= hex(header.get("version"))
                        || newest.block() == hex(header.get("block"))) {
                    return Optional.empty();
                }
                pointAt(channel, header, newest);
                return Optional.of(original);
            } finally {
                lock.release();
            }
        }
    }

    /** Writes the header's fields with {@code chunk} as the chunk it names. */
    static void pointAt(FileChannel channel, Map<String, String> header, Chunk chunk) throws IOException {
        header.put("block", Long.toHexString(chunk.block()));
        header.put("chunk", Integer.toHexString(chunk.id()));
        header.put("version", Long.toHexString(chunk.version()));
        write(channel, headerBlocks(header));
    }

    /** The header's fields, from the first of its two copies whose checksum holds; null when neither does. */
    static Map<String, String> header(FileChannel channel) throws IOException {
        return header(read(channel, 0, 2 * BLOCK));
    }

    /** Puts back the header that {@link #pointAtNewestChunk} replaced. */
    static void restore(Path file, byte[] original) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            write(channel, original);
        }
    }

    /** The newest chunk in the file whose footer is whole. */
    static Chunk newestWholeChunk(FileChannel channel) throws IOException {
        return wholeChunks(channel).stream().max(WRITTEN_LATER).orElse(null);
    }

    /** Every chunk in the file whose footer is whole, in file order, found by reading every block. */
    static List<Chunk> wholeChunks(FileChannel channel) throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        long size = channel.size();
        ByteBuffer buffer = ByteBuffer.allocate(SCAN);
        for (long start = 2L * BLOCK; start < size; start += SCAN) {
            buffer.clear();
            readFully(channel, buffer, start);
            for (int at = 0; at + CHUNK_MARK.length <= buffer.limit(); at += BLOCK) {
                if (startsWithMark(buffer, at)) {
                    Chunk chunk = wholeChunk(channel, (start + at) / BLOCK, size);
                    if (chunk != null) {
                        chunks.add(chunk);
                    }
                }
            }
        }
        return chunks;
    }

    private static Chunk wholeChunk(FileChannel channel, long block, long size) throws IOException {
        Map<String, String> head = fields(line(read(channel, block * BLOCK, CHUNK_HEADER_MAX)));
        if (head == null) {
            return null;
        }
        long len = hex(head.get("len"));
        if (len <= 0 || (block + len) * BLOCK > size) {
            return null;
        }
        String footer = line(read(channel, (block + len) * BLOCK - FOOTER, FOOTER));
        Map<String, String> foot = checked(footer);
        if (foot == null || !same(head, foot, "chunk") || !same(head, foot, "len") || !same(head, foot, "version")) {
            return null;
        }
        return new Chunk(block, (int) hex(head.get("chunk")), hex(head.get("version")), hex(head.get("time")));
    }

    /** The header's fields in their order, from the first of its two copies whose checksum holds. */
    private static Map<String, String> header(byte[] blocks) {
        for (int copy = 0; copy < 2 && (copy + 1) * BLOCK <= blocks.length; copy++) {
            Map<String, String> fields = checked(line(blocks, copy * BLOCK, BLOCK));
            if (fields != null) {
                return fields;
            }
        }
        return null;
    }

    /** A {@code key:value,...,fletcher:x} line's fields (without the checksum) when the checksum holds. */
    private static Map<String, String> checked(String text) {
        int at = text.lastIndexOf(",fletcher:");
        if (at < 0) {
            return null;
        }
        byte[] body = text.substring(0, at).getBytes(StandardCharsets.ISO_8859_1);
        try {
            if (fletcher32(body) != Integer.parseUnsignedInt(text.substring(at + 10), 16)) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return fields(text.substring(0, at));
    }

    /** {@code key:value,...} in order; the values of these lines are hex numbers, never quoted. */
    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            fields.put(pair.substring(0, colon), pair.substring(colon + 1));
        }
        return fields;
    }

    /** H2's checksum of these lines: Fletcher-32 over big-endian 16-bit words, an odd last byte padded with 0. */
    static int fletcher32(byte[] bytes) {
        int s1 = 0xffff;
        int s2 = 0xffff;
        int i = 0;
        int even = bytes.length & ~1;
        while (i < even) {
            for (int end = Math.min(i + 720, even); i < end; i += 2) {
                s1 += ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff);
                s2 += s1;
            }
            s1 = (s1 & 0xffff) + (s1 >>> 16);
            s2 = (s2 & 0xffff) + (s2 >>> 16);
        }
        if ((bytes.length & 1) != 0) {
            s1 += (bytes[i] & 0xff) << 8;
            s2 += s1;
        }
        s1 = (s1 & 0xffff) + (s1 >>> 16);
        s2 = (s2 & 0xffff) + (s2 >>> 16);
        return (s2 << 16) | s1;
    }

    /** The header's two copies, as H2 writes them: the fields, their checksum, a newline. */
    private static byte[] headerBlocks(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((key, value) -> text.append(text.length() == 0 ? "" : ",").append(key).append(':').append(value));
        byte[] body = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        text.append(",fletcher:").append(Integer.toHexString(fletcher32(body))).append('\n');
        byte[] line = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] blocks = new byte[2 * BLOCK];
        System.arraycopy(line, 0, blocks, 0, line.length);
        System.arraycopy(line, 0, blocks, BLOCK, line.length);
        return blocks;
    }

    private static boolean same(Map<String, String> a, Map<String, String> b, String key) {
        return a.get(key) != null && a.get(key).equals(b.get(key));
    }

    private static long hex(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean startsWithMark(ByteBuffer buffer, int at) {
        for (int i = 0; i < CHUNK_MARK.length; i++) {
            if (buffer.get(at + i) != CHUNK_MARK[i]) {
                return false;
            }
        }
        return true;
    }

    /** The text up to the first newline, without the padding after it. */
    private static String line(byte[] bytes) {
        return line(bytes, 0, bytes.length);
    }

    private static String line(byte[] bytes, int offset, int length) {
        String text = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).trim();
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        readFully(channel, buffer, position);
        byte[] bytes = new byte[buffer.limit()];
        buffer.get(0, bytes);
        return bytes;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                break;
            }
        }
        buffer.flip();
    }

    private static void write(FileChannel channel, byte[] blocks) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(blocks);
        while (buffer.hasRemaining()) {
            channel.write(buffer, buffer.position());
        }
        channel.force(false);
    }
}
