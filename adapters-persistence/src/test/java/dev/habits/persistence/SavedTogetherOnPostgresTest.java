package dev.habits.persistence;

class SavedTogetherOnPostgresTest extends SavedTogetherContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
