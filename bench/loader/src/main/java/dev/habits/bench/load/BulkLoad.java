package dev.habits.bench.load;

import dev.habits.http.Argon2PasswordHasher;
import dev.habits.persistence.Database;
import dev.habits.persistence.DatabaseSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Loads benchmark data straight into a (migrated) database while the server is stopped:
 * <ul>
 *   <li>{@code --bench-users N}: users {@code bench-<i>@bench.example} with 20 habits each. Habit 1 is a
 *       daily habit with 3 years of check-ins (85 % done, 5 % skipped); habits 2 to 20 mix the
 *       schedules, started 60 days ago, with check-ins on their last 14 days. 8 users make about
 *       10,000 check-ins.</li>
 *   <li>{@code --writer-users N}: users {@code writer-<i>@bench.example} with 20 daily habits and no
 *       check-ins yet: the check-in benchmark writes to them, so the read benchmarks read the same
 *       data before and after it.</li>
 *   <li>{@code --filler-users N}: users with 8 daily habits and a check-in on each of the last 365
 *       days; 1,000 users make 2,920,000 check-ins.</li>
 * </ul>
 * Every user has the password given with {@code --login-password}: hashing it once keeps loading
 * fast while sign-in still runs the full Argon2id check.
 */
public final class BulkLoad {
    static final List<String> USER_COLUMNS = List.of("id", "email", "display_name", "time_zone", "week_start",
            "day_start_hour", "locale", "notifications_email_enabled", "password_hash", "token_generation",
            "created_at", "updated_at");
    static final List<String> HABIT_COLUMNS = List.of("user_id", "id", "name", "active_name_key", "description",
            "color", "schedule_type", "schedule_days", "schedule_times", "start_date", "archived_at", "position",
            "created_at", "updated_at");
    static final List<String> CHECK_IN_COLUMNS = List.of("user_id", "habit_id", "check_date", "status", "note",
            "created_at", "updated_at");

    private static final int BENCH_HABITS = 20;
    private static final int FILLER_HABITS = 8;
    private static final int FILLER_DAYS = 365;
    private static final int STATS_YEARS = 3;

    private final Connection connection;
    private final boolean postgres;
    private final String passwordHash;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    private final SplittableRandom random = new SplittableRandom(42);
    private long checkIns;

    private BulkLoad(Connection connection, boolean postgres, String passwordHash) {
        this.connection = connection;
        this.postgres = postgres;
        this.passwordHash = passwordHash;
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = options(args);
        // --data-dir: the server's default H2 file there, with the server's own settings.
        String url = options.containsKey("--data-dir")
                ? DatabaseSettings.defaultH2Url(java.nio.file.Path.of(options.get("--data-dir")))
                : required(options, "--url");
        int benchUsers = Integer.parseInt(options.getOrDefault("--bench-users", "0"));
        int fillerUsers = Integer.parseInt(options.getOrDefault("--filler-users", "0"));
        int writerUsers = Integer.parseInt(options.getOrDefault("--writer-users", "0"));
        long started = System.nanoTime();
        String hash = Argon2PasswordHasher.owasp().hash(required(options, "--login-password"));
        // Opening the database migrates it, exactly as the server would.
        try (Database database = Database.open(new DatabaseSettings(url, options.get("--db-user"),
                options.get("--db-password"), 2));
             Connection connection = database.dataSource().getConnection()) {
            BulkLoad load = new BulkLoad(connection, url.startsWith("jdbc:postgresql:"), hash);
            load.benchUsers(benchUsers);
            load.writerUsers(writerUsers);
            load.fillerUsers(fillerUsers);
            load.analyze();
            System.out.printf("loaded %d bench users, %d writer users, %d filler users, %d check-ins in %.1f s%n",
                    benchUsers, writerUsers, fillerUsers, load.checkIns, (System.nanoTime() - started) / 1e9);
        }
    }

    private void benchUsers(int count) throws SQLException {
        List<UUID> users = new ArrayList<>();
        try (RowSink sink = sink("users", USER_COLUMNS)) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                users.add(id);
                user(sink, id, "bench-" + i + "@bench.example");
            }
        }
        List<UUID[]> habits = new ArrayList<>();
        try (RowSink sink = sink("habits", HABIT_COLUMNS)) {
            for (UUID user : users) {
                for (int position = 0; position < BENCH_HABITS; position++) {
                    UUID habit = UUID.randomUUID();
                    habits.add(new UUID[] {user, habit});
                    String type = position == 0 ? "daily" : List.of("daily", "weekdays", "timesPerWeek").get(position % 3);
                    LocalDate start = position == 0 ? today.minusYears(STATS_YEARS) : today.minusDays(60);
                    habit(sink, user, habit, position == 0 ? "Stats" : "Habit " + position, type, start, position);
                }
            }
        }
        try (RowSink sink = sink("check_ins", CHECK_IN_COLUMNS)) {
            for (int i = 0; i < habits.size(); i++) {
                UUID[] owned = habits.get(i);
                boolean stats = i % BENCH_HABITS == 0;
                LocalDate first = stats ? today.minusYears(STATS_YEARS) : today.minusDays(13);
                for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                    int roll = random.nextInt(100);
                    if (roll < 90) {
                        checkIn(sink, owned[0], owned[1], day, roll < 85 ? "DONE" : "SKIPPED");
                    }
                }
            }
        }
    }

    private void writerUsers(int count) throws SQLException {
        List<UUID> users = new ArrayList<>();
        try (RowSink sink = sink("users", USER_COLUMNS)) {
            for (int i = 0; i < count; i++) {
                users.add(UUID.randomUUID());
                user(sink, users.get(i), "writer-" + i + "@bench.example");
            }
        }
        try (RowSink sink = sink("habits", HABIT_COLUMNS)) {
            for (UUID user : users) {
                for (int position = 0; position < BENCH_HABITS; position++) {
                    habit(sink, user, UUID.randomUUID(), "Habit " + position, "daily", today.minusDays(60), position);
                }
            }
        }
    }

    private void fillerUsers(int count) throws SQLException {
        // Sorted ids make every primary-key insert an append, the cheapest way into a B-tree.
        List<UUID> users = sortedIds(count);
        Map<UUID, List<UUID>> habitsOf = new HashMap<>();
        try (RowSink userSink = sink("users", USER_COLUMNS)) {
            for (UUID user : users) {
                user(userSink, user, "filler-" + user + "@bench.example");
                habitsOf.put(user, sortedIds(FILLER_HABITS));
            }
        }
        try (RowSink habitSink = sink("habits", HABIT_COLUMNS)) {
            for (UUID user : users) {
                List<UUID> habits = habitsOf.get(user);
                for (int position = 0; position < habits.size(); position++) {
                    habit(habitSink, user, habits.get(position), "Habit " + position, "daily",
                            today.minusDays(FILLER_DAYS), position);
                }
            }
        }
        try (RowSink sink = sink("check_ins", CHECK_IN_COLUMNS)) {
            for (UUID user : users) {
                for (UUID habit : habitsOf.get(user)) {
                    for (int back = FILLER_DAYS; back >= 1; back--) {
                        checkIn(sink, user, habit, today.minusDays(back), random.nextInt(10) == 0 ? "SKIPPED" : "DONE");
                    }
                }
            }
        }
    }

    private static List<UUID> sortedIds(int count) {
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        // Both databases order UUIDs as unsigned bytes, which String order matches for the canonical form.
        ids.sort(Comparator.comparing(UUID::toString));
        return ids;
    }

    private void user(RowSink sink, UUID id, String email) throws SQLException {
        sink.row(id, email, "Bench " + email.substring(0, email.indexOf('@')), "UTC", 1, 0, "en", Boolean.FALSE,
                passwordHash, 0, now, now);
    }

    private void habit(RowSink sink, UUID user, UUID id, String name, String type, LocalDate start, int position)
            throws SQLException {
        Integer days = type.equals("weekdays") ? 1 | 4 | 16 : null; // Monday, Wednesday, Friday
        Integer times = type.equals("timesPerWeek") ? 3 : null;
        sink.row(user, id, name, name.toLowerCase(java.util.Locale.ROOT), "", "#4CAF50", type, days, times, start,
                null, position, now, now);
    }

    private void checkIn(RowSink sink, UUID user, UUID habit, LocalDate day, String status) throws SQLException {
        sink.row(user, habit, day, status, "", now, now);
        checkIns++;
    }

    private RowSink sink(String table, List<String> columns) throws SQLException {
        return postgres ? new PostgresCopy(connection, table, columns) : new BatchInserts(connection, table, columns);
    }

    /** Fresh statistics, so the planner sees the tables as the server will. */
    private void analyze() throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
