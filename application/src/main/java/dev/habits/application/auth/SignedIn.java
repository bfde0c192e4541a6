package dev.habits.application.auth;

import dev.habits.domain.user.User;

/** A user and the tokens of their new session. */
public record SignedIn(User user, Tokens tokens) {
}
