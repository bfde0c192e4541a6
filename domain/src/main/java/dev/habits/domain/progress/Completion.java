package dev.habits.domain.progress;

/**
 * Done and due occasions in a period (skipped ones already removed from both), plus the raw counts.
 */
public record Completion(int doneCount, int skippedCount, int dueOccasions, int doneOccasions) {
    public Completion {
        if (doneCount < 0 || skippedCount < 0 || dueOccasions < 0 || doneOccasions < 0
                || doneOccasions > dueOccasions) {
            throw new IllegalArgumentException("inconsistent completion counts");
        }
    }

    /** Done occasions over due occasions; 0 when nothing was due. */
    public double rate() {
        return dueOccasions == 0 ? 0.0 : (double) doneOccasions / dueOccasions;
    }
}
