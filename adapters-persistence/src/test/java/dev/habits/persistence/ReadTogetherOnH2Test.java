package dev.habits.persistence;

class ReadTogetherOnH2Test extends ReadTogetherContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
