package dev.habits.persistence;

class UsersOnH2Test extends UsersContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
