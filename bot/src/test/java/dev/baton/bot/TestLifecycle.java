package dev.baton.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestLifecycle {
    private final List<String> events = new ArrayList<>();

    private Managed part(String name, boolean failOnStart) {
        return new Managed() {
            @Override
            public void start() {
                if (failOnStart) {
                    throw new IllegalStateException(name + " cannot start");
                }
                events.add("start " + name);
            }

            @Override
            public void stop() {
                events.add("stop " + name);
            }
        };
    }

    @Test
    void startsInOrderAndStopsInReverse() throws Exception {
        Lifecycle lifecycle = new Lifecycle(List.of(part("database", false), part("index", false), part("server", false)));
        lifecycle.start();
        lifecycle.stop();
        lifecycle.stop();
        assertThat(events).containsExactly(
                "start database", "start index", "start server", "stop server", "stop index", "stop database");
    }

    @Test
    void aFailedStartStopsWhatAlreadyStarted() {
        Lifecycle lifecycle = new Lifecycle(List.of(part("database", false), part("index", true), part("server", false)));
        assertThatThrownBy(lifecycle::start).hasMessage("index cannot start");
        assertThat(events).containsExactly("start database", "stop database");
    }
}
