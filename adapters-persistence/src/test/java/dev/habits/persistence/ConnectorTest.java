package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pool's connector: waits out an outage once the pool runs, fails at once before and for other errors. */
class ConnectorTest {
    private static final String H2_MEMORY = "jdbc:h2:mem:connector-test";

    @Test
    void onceThePoolRunsItRetriesUntilTheDatabaseAnswersAgain() throws SQLException {
        AtomicInteger attempts = new AtomicInteger();
        Connector connector = new Connector(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new SQLException("Connection refused", "08001");
            }
            return DriverManager.getConnection(H2_MEMORY);
        });
        connector.waitOutOutages();

        try (Connection connection = connector.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThat(attempts).hasValue(3);
    }

    @Test
    void atStartUpAnUnreachableDatabaseFailsAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        Connector connector = new Connector(() -> {
            attempts.incrementAndGet();
            throw new SQLException("the database system is starting up", "57P03");
        });

        assertThatThrownBy(connector::getConnection).isInstanceOf(SQLException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void otherFailuresSuchAsBadCredentialsAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        Connector connector = new Connector(() -> {
            attempts.incrementAndGet();
            throw new SQLException("password authentication failed", "28P01");
        });
        connector.waitOutOutages();

        assertThatThrownBy(connector::getConnection).hasMessageContaining("password");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aClosingPoolStopsTheRetries() {
        AtomicInteger attempts = new AtomicInteger();
        Connector[] self = new Connector[1];
        self[0] = new Connector(() -> {
            if (attempts.incrementAndGet() == 2) {
                self[0].stopWaiting();
            }
            throw new SQLException("Connection refused", "08001");
        });
        self[0].waitOutOutages();

        assertThatThrownBy(self[0]::getConnection).isInstanceOf(SQLException.class);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void anInterruptEndsTheWait() {
        Connector connector = new Connector(() -> {
            throw new SQLException("Connection refused", "08001");
        });
        connector.waitOutOutages();

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(connector::getConnection).hasMessage("Connection refused");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void connectsThroughTheDriverWithTheGivenProperties() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "sa");
        Connector connector = Connector.of(H2_MEMORY, properties);

        try (Connection connection = connector.getConnection()) {
            assertThat(connection.getMetaData().getUserName()).isEqualToIgnoringCase("sa");
        }
        connector.setLoginTimeout(3);
        assertThat(connector.getLoginTimeout()).isEqualTo(3);
        assertThat(connector.isWrapperFor(Connection.class)).isFalse();
        assertThatThrownBy(() -> connector.getConnection("sa", "")).isInstanceOf(SQLException.class);
    }
}
