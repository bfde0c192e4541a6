package dev.habits.application.port;

/** Turns passwords into slow, salted, self-describing hashes and checks them. */
public interface PasswordHasher {
    String hash(String password);

    boolean verify(String password, String hash);

    /** Whether the hash was made with weaker parameters than the current ones. */
    boolean needsRehash(String hash);
}
