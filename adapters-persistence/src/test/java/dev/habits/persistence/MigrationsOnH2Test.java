package dev.habits.persistence;

class MigrationsOnH2Test extends MigrationsContract {
    @Override
    TestDatabase.Empty emptyDatabase() {
        return TestDatabase.emptyH2();
    }
}
