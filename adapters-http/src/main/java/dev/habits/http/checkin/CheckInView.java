package dev.habits.http.checkin;

import dev.habits.domain.checkin.CheckIn;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** How a check-in looks to clients: the status in lower case, as the API spells it. */
public final class CheckInView {
    private CheckInView() {
    }

    public static Map<String, Object> of(CheckIn checkIn) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("date", checkIn.date().toString());
        view.put("status", checkIn.status().name().toLowerCase(Locale.ROOT));
        view.put("note", checkIn.note());
        view.put("createdAt", checkIn.createdAt().toString());
        view.put("updatedAt", checkIn.updatedAt().toString());
        return view;
    }
}
