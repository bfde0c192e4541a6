package dev.habits.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** Starts the habit tracker server from environment variables and system properties. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        HabitServer server;
        try {
            ServerSettings settings = ServerSettings.from(Environment.system());
            server = HabitServer.start(settings);
        } catch (SettingsException e) {
            System.err.println("habit-tracker: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("habit-tracker: cannot start: " + rootMessage(e));
            System.exit(1);
            return;
        }
        System.out.println("Habit tracker listening on http://localhost:" + server.port());
        Thread idleMemory = new Thread(IdleMemory::watch, "habit-tracker-idle-memory");
        idleMemory.setDaemon(true);
        idleMemory.start();
        // Javalin registers no shutdown hook: SIGTERM drains requests in flight, then closes the pool.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } finally {
                flushLogs();
            }
        }, "habit-tracker-shutdown"));
    }

    /** Logging is asynchronous: stopping logback writes out the lines still queued. */
    private static void flushLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.stop();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
