package dev.habits.application.port;

/** Which of a user's habits a list shows. */
public enum HabitFilter { ACTIVE, ARCHIVED, ALL }
