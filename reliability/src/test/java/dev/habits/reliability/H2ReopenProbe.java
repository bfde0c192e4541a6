package dev.habits.reliability;

import dev.habits.persistence.Database;
import dev.habits.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;

/**
 * H2 alone, killed while it writes: a program that opens the server's H2 file the way the server
 * does (our URL settings, our migrations, a connection held while Flyway runs), writes habits and
 * check-ins on four connections and prints each write once its commit has returned; and a driver
 * that kills it with SIGKILL a few hundred milliseconds into the writing, starts it again on the
 * same file, and has it look for every write the killed one printed. No HTTP, no pool, none of the
 * server's code but the URL: a loss here is H2's (reliability/RESULTS.md, "H2: an acknowledged
 * write lost after kill -9").
 *
 * <pre>
 * mvn -B -q -DskipTests -Djacoco.skip=true package -pl bootstrap -am
 * mvn -B -q -Djacoco.skip=true test-compile -pl reliability
 * java -cp bootstrap/target/habit-tracker.jar:reliability/target/test-classes \
 *     dev.habits.reliability.H2ReopenProbe [rounds] [clean|raw] [dir]
 * </pre>
 *
 * {@code raw} opens the killed file straight away; {@code clean} opens and closes it once first, as
 * the server did from 8ecc5f2; {@code server} opens it as the server does now ({@code Database.open}:
 * the store header mended, the clean close, the pool, the migration) and writes through the pool.
 * Exits 1 at the first round that misses a write, leaving the file as that kill left it next to the
 * database ({@code as-killed.mv.db}).
 */
public final class H2ReopenProbe {
    private static final int WRITERS = 4;
    private static final int KILL_MIN_MS = 300;
    private static final int KILL_SPREAD_MS = 150;
    /** "H user habit" and "C user habit day" in full: a line the kill cut off is shorter. */
    private static final int WHOLE_HABIT_LINE = 2 + 36 + 1 + 36;
    private static final int WHOLE_CHECK_IN_LINE = WHOLE_HABIT_LINE + 1 + 10;

    private H2ReopenProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            Child.run(Path.of(args[1]), Path.of(args[2]), args[3], args[4].equals("write"));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String mode = args.length > 1 ? args[1] : "clean";
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("h2-reopen-probe");
        System.exit(drive(rounds, mode, dir));
    }

    private static int drive(int rounds, String mode, Path dir) throws Exception {
        SplittableRandom random = new SplittableRandom(20261204);
        Path acknowledged = dir.resolve("acknowledged.txt");
        Files.writeString(acknowledged, "");
        long total = 0;
        for (int round = 1; round <= rounds + 1; round++) {
            boolean last = round > rounds;
            Run run = Run.start(dir, acknowledged, mode, !last);
            if (!last) {
                run.awaitWriting();
                Thread.sleep(KILL_MIN_MS + random.nextInt(KILL_SPREAD_MS));
                run.process.destroyForcibly();
            }
            run.collect();
            if (!run.missing.isEmpty() || run.verified < 0) {
                System.out.printf("round %d (%s): %d of the previous round's writes missing, verified %d: %s%n",
                        round, mode, run.missing.size(), run.verified, run.missing);
                return 1;
            }
            total += run.written.size();
            if (!last) {
                Files.copy(dir.resolve("habits.mv.db"), dir.resolve("as-killed.mv.db"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.write(acknowledged, run.written, StandardCharsets.UTF_8);
                System.out.printf("round %d (%s): %d writes acknowledged, the previous round's %d all found%n",
                        round, mode, run.written.size(), run.verified);
            }
        }
        System.out.printf("%d rounds (%s), %d acknowledged writes, none lost; files in %s%n", rounds, mode, total, dir);
        return 0;
    }

    /** One start of the child; what it printed goes to a file, which a kill cannot cut short. */
    private static final class Run {
        final Process process;
        final Path output;
        final List<String> written = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        long verified = -1;

        private Run(Process process, Path output) {
            this.process = process;
            this.output = output;
        }

        static Run start(Path dir, Path acknowledged, String mode, boolean write) throws IOException {
            String classPath = System.getProperty("java.class.path");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Path output = dir.resolve("child-output.txt");
            return new Run(new ProcessBuilder(java.toString(), "-cp", classPath, H2ReopenProbe.class.getName(),
                    "child", dir.toString(), acknowledged.toString(), mode, write ? "write" : "verify")
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start(), output);
        }

        void awaitWriting() throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(output, StandardCharsets.UTF_8).contains("\nWRITING\n")) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the child did not start writing; its output: " + output);
                }
                Thread.sleep(5);
            }
        }

        /** Reads what the child printed, once it has ended; a line the kill cut off is not a write. */
        void collect() throws IOException, InterruptedException {
            process.waitFor();
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                if (line.startsWith("MISSING ")) {
                    missing.add(line.substring("MISSING ".length()));
                } else if (line.startsWith("VERIFIED ")) {
                    verified = Long.parseLong(line.substring("VERIFIED ".length()));
                } else if ((line.startsWith("H ") && line.length() == WHOLE_HABIT_LINE)
                        || (line.startsWith("C ") && line.length() == WHOLE_CHECK_IN_LINE)) {
                    written.add(line);
                }
            }
        }
    }

    /** The killed program: opens the file, looks for the last round's writes, then writes until killed. */
    private static final class Child {
        private static final PrintStream OUT = new PrintStream(System.out, false, StandardCharsets.UTF_8);

        static void run(Path dir, Path acknowledged, String mode, boolean write) throws Exception {
            String url = DatabaseSettings.defaultH2Url(dir);
            List<Connection> connections = new ArrayList<>();
            Database database = null;
            if (mode.equals("server")) {
                // The server's own start: H2CleanStart, the pool, the migration.
                database = Database.open(new DatabaseSettings(url, null, null, WRITERS));
                for (int i = 0; i < WRITERS; i++) {
                    connections.add(database.dataSource().getConnection());
                }
            } else {
                if (mode.equals("clean") && Files.exists(dir.resolve("habits.mv.db"))) {
                    DriverManager.getConnection(url).close();
                }
                for (int i = 0; i < WRITERS; i++) {
                    connections.add(DriverManager.getConnection(url)); // held while Flyway runs, as the pool is
                }
                Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
            }
            verify(connections.get(0), Files.readAllLines(acknowledged, StandardCharsets.UTF_8));
            if (!write) {
                for (Connection c : connections) {
                    c.close();
                }
                if (database != null) {
                    database.close(); // the last look leaves the file closed cleanly, as the other modes do
                }
                return;
            }
            List<UUID> users = users(connections.get(0));
            print("WRITING");
            List<Thread> writers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                Connection connection = connections.get(i);
                UUID user = users.get(i);
                Thread writer = new Thread(() -> writeUntilKilled(connection, user), "probe-writer-" + i);
                writer.start();
                writers.add(writer);
            }
            for (Thread writer : writers) {
                writer.join();
            }
        }

        private static void verify(Connection c, List<String> acknowledged) throws SQLException {
            long found = 0;
            for (String line : acknowledged) {
                String[] part = line.split(" ");
                String sql = part[0].equals("H") ? "SELECT 1 FROM habits WHERE user_id = ? AND id = ?"
                        : "SELECT 1 FROM check_ins WHERE user_id = ? AND habit_id = ? AND check_date = ?";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setObject(1, UUID.fromString(part[1]));
                    s.setObject(2, UUID.fromString(part[2]));
                    if (part[0].equals("C")) {
                        s.setObject(3, LocalDate.parse(part[3]));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            found++;
                        } else {
                            print("MISSING " + line);
                        }
                    }
                }
            }
            print("VERIFIED " + found);
        }

        private static List<UUID> users(Connection c) throws SQLException {
            List<UUID> users = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                UUID id = UUID.nameUUIDFromBytes(("probe-writer-" + i).getBytes(StandardCharsets.UTF_8));
                try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM users WHERE id = ?")) {
                    find.setObject(1, id);
                    try (ResultSet rs = find.executeQuery()) {
                        if (rs.next()) {
                            users.add(id);
                            continue;
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO users (id, email, display_name, time_zone,"
                        + " week_start, day_start_hour, locale, notifications_email_enabled, password_hash,"
                        + " token_generation, created_at, updated_at)"
                        + " VALUES (?, ?, 'Probe', 'UTC', 1, 0, 'en', FALSE, 'x', 0, ?, ?)")) {
                    OffsetDateTime now = OffsetDateTime.now();
                    s.setObject(1, id);
                    s.setString(2, "probe-" + i + "@example.com");
                    s.setObject(3, now);
                    s.setObject(4, now);
                    s.executeUpdate();
                }
                users.add(id);
            }
            return users;
        }

        /** A habit per transaction, then its check-ins, one to four days per transaction. */
        private static void writeUntilKilled(Connection c, UUID user) {
            SplittableRandom random = new SplittableRandom();
            try {
                c.setAutoCommit(false);
                for (int position = 0; ; position++) {
                    UUID habit = UUID.randomUUID();
                    OffsetDateTime now = OffsetDateTime.now();
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO habits (user_id, id, name, active_name_key,"
                            + " description, color, schedule_type, start_date, position, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, '', '#000000', 'daily', ?, ?, ?, ?)")) {
                        s.setObject(1, user);
                        s.setObject(2, habit);
                        s.setString(3, habit.toString());
                        s.setString(4, habit.toString());
                        s.setObject(5, LocalDate.of(2026, 1, 1));
                        s.setInt(6, position);
                        s.setObject(7, now);
                        s.setObject(8, now);
                        s.executeUpdate();
                    }
                    c.commit();
                    print("H " + user + " " + habit);
                    LocalDate day = LocalDate.of(2026, 1, 1);
                    for (int batch = 0; batch < 3; batch++) {
                        List<String> saved = new ArrayList<>();
                        for (int n = 1 + random.nextInt(4); n > 0; n--) {
                            try (PreparedStatement s = c.prepareStatement("INSERT INTO check_ins (user_id, habit_id,"
                                    + " check_date, status, note, created_at, updated_at) VALUES (?, ?, ?, 'DONE', '', ?, ?)")) {
                                s.setObject(1, user);
                                s.setObject(2, habit);
                                s.setObject(3, day);
                                s.setObject(4, now);
                                s.setObject(5, now);
                                s.executeUpdate();
                            }
                            saved.add("C " + user + " " + habit + " " + day);
                            day = day.plusDays(1);
                        }
                        c.commit();
                        saved.forEach(Child::print);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static synchronized void print(String line) {
            OUT.println(line);
            OUT.flush();
        }
    }
}
