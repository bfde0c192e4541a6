package dev.habits.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens the pool's connections. Once the pool is running, a connect that fails because the
 * database is unreachable is retried here every {@value #RETRY_MS} ms instead of being handed back
 * to HikariCP, whose own retries back off to 5 s apart: after a long outage the server would take
 * up to 5 s to notice the database is back. Requests never wait on this loop; they wait for the
 * pool, which gives up after its connection timeout (503). At start-up nothing is retried, so a
 * database that is down stops the start at once.
 */
final class Connector implements DataSource {
    static final long RETRY_MS = 200;

    /** Opens one raw connection; {@link DriverManager} in production. */
    @FunctionalInterface
    interface Source {
        Connection open() throws SQLException;
    }

    private final Source source;
    private volatile boolean patient;
    private volatile int loginTimeoutSeconds;

    Connector(Source source) {
        this.source = source;
    }

    static Connector of(String url, Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties);
        return new Connector(() -> DriverManager.getConnection(url, copy));
    }

    /** From now on, wait out outages (the pool is up); until {@link #stopWaiting()}. */
    void waitOutOutages() {
        patient = true;
    }

    /** The pool is closing: no more retries, so its connection thread ends. */
    void stopWaiting() {
        patient = false;
    }

    @Override
    public Connection getConnection() throws SQLException {
        while (true) {
            try {
                return source.open();
            } catch (SQLException e) {
                if (!patient || !Sql.isOutage(e.getSQLState())) {
                    throw e;
                }
                try {
                    Thread.sleep(RETRY_MS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("credentials are part of the connector's properties");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logs for itself.
    }

    // The drivers' own timeouts bound each connect (pgjdbc: connectTimeout, loginTimeout); the pool sets
    // and reads this only to know how long to wait for its connection thread when it closes.
    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
