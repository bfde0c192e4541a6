package dev.habits.archfixture.application;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "application depends on the domain only" and "web libraries stay in the HTTP adapter". */
public final class JsonUseCase {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String toString() {
        return mapper.toString();
    }
}
