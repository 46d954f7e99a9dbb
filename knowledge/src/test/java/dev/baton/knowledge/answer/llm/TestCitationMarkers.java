package dev.baton.knowledge.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestCitationMarkers {
    @Test
    void citedInOrderOfFirstAppearanceThenListedOnly() {
        ModelReply reply = new ModelReply("Do this [3] and that [1, 3]. Also [2][3].", List.of(1, 5, 3), true);

        assertThat(CitationMarkers.cited(reply)).containsExactly(3, 1, 2, 5);
    }

    @Test
    void nonNumericBracketsAreNotCitations() {
        ModelReply reply = new ModelReply("Press [Enter] in [Settings > VPN] then [ 2 ] or [2a].", List.of(), true);

        assertThat(CitationMarkers.cited(reply)).isEmpty();
    }

    @Test
    void hugeNumberIsAnImpossibleCitation() {
        ModelReply reply = new ModelReply("See [99999999999].", List.of(), true);

        assertThat(CitationMarkers.cited(reply)).containsExactly(0);
    }

    @Test
    void renumbersEveryMarkerAndMergesDuplicatesInLists() {
        String text = "Do this [3] and that [1, 3]. Also [3,3] and [2].";

        assertThat(CitationMarkers.renumber(text, Map.of(3, 1, 1, 2, 2, 3)))
                .isEqualTo("Do this [1] and that [2, 1]. Also [1] and [3].");
    }

    @Test
    void textWithoutMarkersIsUnchanged() {
        String text = "Nothing to cite $1 \\ here.";

        assertThat(CitationMarkers.renumber(text, Map.of())).isEqualTo(text);
    }
}
