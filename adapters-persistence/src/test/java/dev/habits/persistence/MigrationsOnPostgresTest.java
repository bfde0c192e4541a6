package dev.habits.persistence;

class MigrationsOnPostgresTest extends MigrationsContract {
    @Override
    TestDatabase.Empty emptyDatabase() {
        return TestDatabase.emptyPostgres();
    }
}
