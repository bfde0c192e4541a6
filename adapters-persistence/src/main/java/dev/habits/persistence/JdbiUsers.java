package dev.habits.persistence;

import dev.habits.application.port.Users;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.DisplayName;
import dev.habits.domain.user.Email;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import dev.habits.domain.user.UserSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** {@link Users} in the {@code users} table. */
final class JdbiUsers implements Users {
    private static final String COLUMNS = "id, email, display_name, time_zone, week_start, day_start_hour, locale, "
            + "notifications_email_enabled, password_hash, token_generation, created_at, updated_at";
    private static final String EMAIL_KEY = "users_email_key";

    private final Jdbi jdbi;

    JdbiUsers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<User> byId(UserId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", Sql.uuid(id.value()))
                .map(JdbiUsers::user)
                .findOne());
    }

    @Override
    public Optional<User> byEmail(Email email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE email = :email")
                .bind("email", email.value())
                .map(JdbiUsers::user)
                .findOne());
    }

    @Override
    public void add(User user) {
        guardingEmail(() -> jdbi.useHandle(h -> bindAll(h.createUpdate("INSERT INTO users (" + COLUMNS + ") VALUES "
                + "(:id, :email, :displayName, :timeZone, :weekStart, :dayStartHour, :locale, :notifications, "
                + ":passwordHash, :tokenGeneration, :createdAt, :updatedAt)"), user).execute()));
    }

    @Override
    public void update(User user) {
        guardingEmail(() -> jdbi.useHandle(h -> bindAll(h.createUpdate("UPDATE users SET email = :email, "
                + "display_name = :displayName, time_zone = :timeZone, week_start = :weekStart, "
                + "day_start_hour = :dayStartHour, locale = :locale, notifications_email_enabled = :notifications, "
                + "password_hash = :passwordHash, token_generation = :tokenGeneration, updated_at = :updatedAt "
                + "WHERE id = :id"), user).execute()));
    }

    /** Habits, their check-ins and refresh tokens go with the user through ON DELETE CASCADE. */
    @Override
    public void delete(UserId id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM users WHERE id = :id")
                .bind("id", Sql.uuid(id.value()))
                .execute());
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, User user) {
        UserSettings settings = user.settings();
        return statement
                .bind("id", Sql.uuid(user.id().value()))
                .bind("email", user.email().value())
                .bind("displayName", user.displayName().value())
                .bind("timeZone", settings.timeZone().getId())
                .bind("weekStart", settings.weekStart().getValue())
                .bind("dayStartHour", settings.dayStartHour())
                .bind("locale", settings.locale())
                .bind("notifications", settings.notificationsEmailEnabled())
                .bind("passwordHash", user.passwordHash())
                .bind("tokenGeneration", user.tokenGeneration())
                .bind("createdAt", Sql.timestamp(user.createdAt()))
                .bind("updatedAt", Sql.timestamp(user.updatedAt()));
    }

    private static void guardingEmail(Runnable write) {
        try {
            write.run();
        } catch (UnableToExecuteStatementException e) {
            if (Sql.violates(e, EMAIL_KEY)) {
                throw DomainException.conflict("email", "An account with this email already exists");
            }
            throw e;
        }
    }

    private static User user(ResultSet rs, StatementContext context) throws SQLException {
        UserSettings settings = new UserSettings(ZoneId.of(rs.getString("time_zone")),
                DayOfWeek.of(rs.getInt("week_start")), rs.getInt("day_start_hour"), rs.getString("locale"),
                rs.getBoolean("notifications_email_enabled"));
        return new User(new UserId(Sql.uuid(rs, "id")), new Email(rs.getString("email")),
                new DisplayName(rs.getString("display_name")), settings, rs.getString("password_hash"),
                rs.getInt("token_generation"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
