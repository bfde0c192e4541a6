package dev.habits.http.auth;

import dev.habits.application.auth.AuthService;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.User;
import dev.habits.http.JwtAccessTokens;
import dev.habits.http.support.ProblemException;
import dev.habits.http.support.RequestContext;
import io.javalin.http.Context;

/**
 * Lets a request through to {@code /api/v1} only with a valid bearer token whose user still exists
 * at the token's generation (a password change raises it, revoking older tokens).
 */
public final class Authentication {
    private static final String BEARER = "Bearer ";

    private final JwtAccessTokens tokens;
    private final AuthService auth;

    public Authentication(JwtAccessTokens tokens, AuthService auth) {
        this.tokens = tokens;
        this.auth = auth;
    }

    public static boolean protects(String path) {
        return path.startsWith("/api/v1/") && !path.startsWith("/api/v1/auth/");
    }

    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ProblemException.unauthorized("A bearer access token is required");
        }
        JwtAccessTokens.Claims claims = tokens.verify(header.substring(BEARER.length()).trim())
                .orElseThrow(() -> ProblemException.unauthorized("Access token is invalid or expired"));
        User user;
        try {
            user = auth.authenticate(claims.user(), claims.generation());
        } catch (DomainException e) {
            throw ProblemException.unauthorized("Access token is no longer valid");
        }
        RequestContext.setUser(ctx, user.id());
    }
}
