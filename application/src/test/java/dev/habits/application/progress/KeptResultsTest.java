package dev.habits.application.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A kept result is handed out only for inputs equal to those it was kept with, and within the bound. */
class KeptResultsTest {
    private record Inputs(String habit, int tag) {
    }

    @Test
    void equalInputsFindTheResultAndOthersNothing() {
        KeptResults<String, Inputs, String> kept = new KeptResults<>(10);
        kept.keep("ada", new Inputs("Read", 7), "result");

        assertThat(kept.find("ada", new Inputs("Read", 7))).isEqualTo("result");
        assertThat(kept.find("ada", new Inputs("Read", 8))).isNull();
        assertThat(kept.find("bob", new Inputs("Read", 7))).isNull();
    }

    @Test
    void aNewResultReplacesTheKeysLast() {
        KeptResults<String, Inputs, String> kept = new KeptResults<>(10);
        kept.keep("ada", new Inputs("Read", 7), "old");
        kept.keep("ada", new Inputs("Read", 8), "new");

        assertThat(kept.find("ada", new Inputs("Read", 7))).isNull();
        assertThat(kept.find("ada", new Inputs("Read", 8))).isEqualTo("new");
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void theKeysKeptStayWithinTheBoundAndTheNewestStays() {
        KeptResults<Integer, Inputs, String> kept = new KeptResults<>(8);
        for (int i = 0; i < 50; i++) {
            kept.keep(i, new Inputs("Read", i), "result " + i);
            assertThat(kept.size()).isLessThanOrEqualTo(8);
            assertThat(kept.find(i, new Inputs("Read", i))).isEqualTo("result " + i);
        }
    }

    @Test
    void noRoomKeepsNothingAndANegativeBoundIsRefused() {
        KeptResults<String, Inputs, String> none = new KeptResults<>(0);
        none.keep("ada", new Inputs("Read", 7), "result");

        assertThat(none.find("ada", new Inputs("Read", 7))).isNull();
        assertThatThrownBy(() -> new KeptResults<>(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
