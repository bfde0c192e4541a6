package dev.habits.application.port;

import dev.habits.domain.user.UserId;
import java.time.Instant;

/** Issues short-lived access tokens; verifying them is the issuing adapter's own business. */
public interface AccessTokenIssuer {

    /** A signed access token for the user at their current token generation. */
    AccessToken issue(UserId user, int tokenGeneration, Instant now);

    /** An issued access token and how many seconds it lives. */
    record AccessToken(String value, long expiresInSeconds) {
    }
}
