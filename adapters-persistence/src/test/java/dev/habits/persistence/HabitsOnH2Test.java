package dev.habits.persistence;

class HabitsOnH2Test extends HabitsContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
