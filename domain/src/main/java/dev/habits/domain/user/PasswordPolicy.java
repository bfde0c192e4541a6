package dev.habits.domain.user;

import dev.habits.domain.shared.DomainException;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: 8 to 128 characters, not one of the passwords attackers try first.
 * Passwords are never trimmed, truncated or case-folded; only the commonness check ignores case.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    // The most common leaked passwords of 8+ characters (and their obvious variants).
    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd",
            "p@ssword", "12345678", "123456789", "1234567890", "12345678910", "0123456789", "87654321",
            "11111111", "00000000", "22222222", "88888888", "99999999", "12341234", "11223344", "123123123",
            "qwertyuiop", "qwerty123", "qwerty12", "qwertyui", "1qaz2wsx", "1q2w3e4r", "1q2w3e4r5t",
            "zaq12wsx", "asdfghjkl", "asdfasdf", "abcd1234", "abc12345", "abcdefgh", "iloveyou",
            "iloveyou1", "sunshine", "princess", "football", "baseball", "superman", "batman123",
            "welcome1", "welcome123", "letmein1", "letmein123", "trustno1", "whatever", "starwars",
            "master123", "dragon123", "monkey123", "michelle", "jennifer", "computer", "internet",
            "changeme", "changeme123", "admin123", "administrator", "secret123", "mypassword",
            "qwerty1234", "q1w2e3r4", "q1w2e3r4t5", "aa123456", "a1234567", "1234qwer", "test1234",
            "testtest", "football1", "charlie1", "shadow123", "liverpool", "chelsea1", "michael1",
            "jordan23", "samsung1", "letmein!", "password!");

    private PasswordPolicy() {
    }

    /** Returns the password unchanged when it may be used; otherwise refuses it, naming the field. */
    public static String check(String field, String password) {
        if (password == null) {
            throw DomainException.invalid(field, "is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw DomainException.invalid(field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (password.indexOf('\u0000') >= 0) {
            throw DomainException.invalid(field, "must not contain NUL characters");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw DomainException.invalid(field, "is one of the most common passwords; choose another");
        }
        return password;
    }
}
