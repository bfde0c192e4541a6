package dev.habits.persistence;

class HabitsOnPostgresTest extends HabitsContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
