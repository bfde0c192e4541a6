package dev.habits.http;

import dev.habits.application.port.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}),
 * which names its own parameters so the cost can be raised later. Hashing runs on a small fixed
 * pool: a login storm then queues instead of taking every request thread and all the memory.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();
    private final ExecutorService pool;

    public Argon2PasswordHasher(int memoryKiB, int iterations, int parallelism) {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("invalid Argon2 parameters");
        }
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "argon2-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** OWASP's recommended Argon2id parameters: 19 MiB, 2 iterations, 1 lane. */
    public static Argon2PasswordHasher owasp() {
        return new Argon2PasswordHasher(19_456, 2, 1);
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = onPool(() -> derive(password, salt, memoryKiB, iterations, parallelism, HASH_BYTES));
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        Matcher phc = PHC.matcher(stored);
        if (!phc.matches()) {
            return false;
        }
        try {
            int m = Integer.parseInt(phc.group(1));
            int t = Integer.parseInt(phc.group(2));
            int p = Integer.parseInt(phc.group(3));
            byte[] salt = B64_DECODER.decode(phc.group(4));
            byte[] expected = B64_DECODER.decode(phc.group(5));
            byte[] actual = onPool(() -> derive(password, salt, m, t, p, expected.length));
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean needsRehash(String stored) {
        Matcher phc = stored == null ? null : PHC.matcher(stored);
        if (phc == null || !phc.matches()) {
            return true;
        }
        return Integer.parseInt(phc.group(1)) < memoryKiB || Integer.parseInt(phc.group(2)) < iterations
                || Integer.parseInt(phc.group(3)) < parallelism;
    }

    private static byte[] derive(String password, byte[] salt, int m, int t, int p, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(m)
                .withIterations(t)
                .withParallelism(p)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private byte[] onPool(java.util.concurrent.Callable<byte[]> work) {
        Future<byte[]> result = pool.submit(work);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing a password", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("password hashing failed", e.getCause());
        }
    }
}
