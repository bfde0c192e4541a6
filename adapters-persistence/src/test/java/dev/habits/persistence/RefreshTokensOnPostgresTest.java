package dev.habits.persistence;

class RefreshTokensOnPostgresTest extends RefreshTokensContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
