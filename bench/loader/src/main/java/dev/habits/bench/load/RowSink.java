package dev.habits.bench.load;

import java.sql.SQLException;

/** Where the loader's rows go: one table's columns, row by row, flushed in large batches. */
interface RowSink extends AutoCloseable {
    void row(Object... values) throws SQLException;

    /** Flushes what is left and commits. */
    @Override
    void close() throws SQLException;
}
