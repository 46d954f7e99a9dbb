package dev.baton.handoff.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.config.ErrorCategory;
import dev.baton.handoff.store.Engine;
import dev.baton.handoff.store.JdbiHandoffStore;
import dev.baton.handoff.store.JdbiSurveyStore;
import dev.baton.handoff.store.MigratedDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestHandoffSurveys {
    private static final Requester ALICE = new Requester("U-alice", "Alice");
    private static MigratedDatabases databases;

    @BeforeAll
    static void startDatabases() {
        databases = new MigratedDatabases();
    }

    @AfterAll
    static void stopDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theRequesterRatesAResolvedRequestAndMayChangeTheirMind(Engine engine) {
        Jdbi jdbi = databases.fresh(engine);
        SettableClock clock = new SettableClock(Instant.parse("2026-11-28T10:00:00Z"));
        HandoffService service = TestHandoffService.serviceOn(jdbi, clock);
        HandoffSurveys surveys = new HandoffSurveys(new JdbiHandoffStore(jdbi), new JdbiSurveyStore(jdbi), clock);
        HandoffTicket ticket = service.open("c-1", ALICE, List.of("explicit request"), "", Optional.empty());
        service.claim(ticket.id(), "U-ann");

        assertThatThrownBy(() -> surveys.answer(ticket.id(), "U-alice", 5))
                .isInstanceOfSatisfying(HandoffException.class,
                        e -> assertThat(e.code().category()).isEqualTo(ErrorCategory.USER))
                .hasMessageContaining("is claimed; it can be rated once a person from the support team has resolved it");

        service.resolve(ticket.id());
        assertThat(surveys.answer(ticket.id(), "U-alice", 2))
                .isEqualTo(new SurveyAnswer(ticket.id(), 2, "U-alice", clock.instant()));
        surveys.answer(ticket.id(), "U-alice", 4);
        assertThat(surveys.answerOf(ticket.id()).orElseThrow().score()).isEqualTo(4);

        assertThatThrownBy(() -> surveys.answer(ticket.id(), "U-mallory", 1))
                .hasMessageContaining("Only the person who asked (Alice) can rate");
        assertThatThrownBy(() -> surveys.answer(ticket.id(), "U-alice", 6))
                .hasMessageContaining("from 1 (very dissatisfied) to 5 (very satisfied), not 6");
        assertThatThrownBy(() -> surveys.answer("no-such", "U-alice", 3))
                .hasMessageContaining("there is no such ticket");
        assertThat(surveys.answerOf(ticket.id()).orElseThrow().score()).isEqualTo(4);
    }
}
