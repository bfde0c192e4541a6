package dev.habits.persistence;

class CheckInsOnH2Test extends CheckInsContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
