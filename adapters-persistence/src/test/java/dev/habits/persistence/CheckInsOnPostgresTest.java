package dev.habits.persistence;

class CheckInsOnPostgresTest extends CheckInsContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
