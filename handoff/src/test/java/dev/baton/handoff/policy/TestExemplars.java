package dev.baton.handoff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestExemplars {
    @Test
    void readsBothSectionsAndSkipsComments() {
        Exemplars exemplars = Exemplars.parse(SignalKind.FRUSTRATION, """
                # why these
                [like]
                this is useless

                [unlike]
                # near misses
                thanks, that helped
                """);

        assertThat(exemplars.like()).containsExactly("this is useless");
        assertThat(exemplars.unlike()).containsExactly("thanks, that helped");
    }

    @Test
    void refusesPhrasesOutsideASectionAndAnEmptyLikeSection() {
        assertThatThrownBy(() -> Exemplars.parse(SignalKind.FRUSTRATION, "this is useless\n"))
                .hasMessageContaining("must start with [like] or [unlike]");
        assertThatThrownBy(() -> Exemplars.parse(SignalKind.FRUSTRATION, "[unlike]\nthanks\n"))
                .hasMessageContaining("no exemplar phrases for FRUSTRATION");
    }

    @Test
    void everyPhraseSignalShipsExemplars() {
        for (SignalKind kind : EscalationConfig.PHRASE_SIGNALS) {
            Exemplars exemplars = Exemplars.load(kind);
            assertThat(exemplars.like()).as(kind.toString()).hasSizeGreaterThanOrEqualTo(25);
            assertThat(exemplars.unlike()).as(kind.toString()).hasSizeGreaterThanOrEqualTo(10);
        }
    }
}
