package dev.habits.application.auth;

/** What a client gets on sign-in and refresh. */
public record Tokens(String accessToken, String refreshToken, long expiresIn) {
    @Override
    public String toString() {
        return "Tokens[expiresIn=" + expiresIn + "]"; // never the values, they end up in logs
    }
}
