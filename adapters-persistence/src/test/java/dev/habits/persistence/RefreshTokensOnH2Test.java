package dev.habits.persistence;

class RefreshTokensOnH2Test extends RefreshTokensContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
