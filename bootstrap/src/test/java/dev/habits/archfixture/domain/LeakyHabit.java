package dev.habits.archfixture.domain;

import java.sql.Date;

/** Breaks "the core imports no framework": a domain value that speaks JDBC. */
public record LeakyHabit(Date startDate) {
}
