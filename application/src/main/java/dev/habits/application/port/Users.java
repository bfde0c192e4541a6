package dev.habits.application.port;

import dev.habits.domain.user.Email;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import java.util.Optional;

/** Where users are kept. */
public interface Users {
    Optional<User> byId(UserId id);

    Optional<User> byEmail(Email email);

    /** Adds a new user; refuses with a conflict on {@code email} when the address is taken. */
    void add(User user);

    void update(User user);

    /** Removes the user and everything that is theirs: habits, check-ins, refresh tokens. */
    void delete(UserId id);
}
