package dev.habits.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** Rows as JDBC batches of plain INSERTs, committed every {@value #COMMIT_EVERY} rows (H2). */
final class BatchInserts implements RowSink {
    private static final int BATCH = 5_000;
    private static final int COMMIT_EVERY = 50_000;

    private final Connection connection;
    private final PreparedStatement insert;
    private int pending;
    private int uncommitted;

    BatchInserts(Connection connection, String table, List<String> columns) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")");
    }

    @Override
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
        insert.addBatch();
        if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
        }
        if (++uncommitted == COMMIT_EVERY) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
        connection.commit();
        uncommitted = 0;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }
}
