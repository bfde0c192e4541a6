package dev.habits.persistence;

class SavedTogetherOnH2Test extends SavedTogetherContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
