package dev.habits.persistence;

class ReadTogetherOnPostgresTest extends ReadTogetherContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
