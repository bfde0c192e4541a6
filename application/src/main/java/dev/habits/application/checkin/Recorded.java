package dev.habits.application.checkin;

import dev.habits.domain.checkin.CheckIn;

/** A stored check-in and whether it was new (rather than replacing the day's earlier one). */
public record Recorded(CheckIn checkIn, boolean created) {
}
