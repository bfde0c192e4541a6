package dev.habits.persistence;

class UsersOnPostgresTest extends UsersContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
