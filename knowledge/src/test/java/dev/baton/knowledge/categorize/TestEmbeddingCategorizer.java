package dev.baton.knowledge.categorize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.knowledge.embedding.HashingEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestEmbeddingCategorizer {
    private static final List<LabelledText> EXAMPLES = List.of(
            new LabelledText("laptop screen broken", "hardware"),
            new LabelledText("laptop battery broken", "hardware"),
            new LabelledText("laptop keyboard broken", "hardware"),
            new LabelledText("screen keyboard battery laptop", "hardware"),
            new LabelledText("vpn connection fails", "network"),
            new LabelledText("vpn connection drops", "network"),
            new LabelledText("wifi connection fails", "network"),
            new LabelledText("wifi vpn connection slow", "network"),
            new LabelledText("holiday leave request", "leave"),
            new LabelledText("sick leave request", "leave"),
            new LabelledText("parental leave request", "leave"),
            new LabelledText("leave holiday sick days", "leave"));

    @Test
    void categorizesMessagesByTheirExamples() {
        HashingEmbeddingModel model = new HashingEmbeddingModel();
        Categorizer categorizer = EmbeddingCategorizer.train(model, EXAMPLES, CategorizationMethod.ENSEMBLE, 3, 0.0);

        assertThat(categorizer.categorize("my laptop battery is broken").category()).contains("hardware");
        assertThat(categorizer.categorize("the vpn connection fails").category()).contains("network");
        assertThat(categorizer.categorize("request sick leave").category()).contains("leave");
        // No word in common with any example: out of scope, though a closest category is still named.
        Categorization unrelated = categorizer.categorize("quarterly revenue forecast spreadsheet");
        assertThat(unrelated.category()).isEmpty();
        assertThat(unrelated.closest()).isIn("hardware", "network", "leave");
    }

    @Test
    void oneByOneAndInBatchesAgree() {
        Categorizer categorizer = EmbeddingCategorizer.train(
                new HashingEmbeddingModel(), EXAMPLES, CategorizationMethod.NEAREST_NEIGHBOURS, 3, 0.05);
        List<String> messages = List.of("laptop screen", "wifi slow", "holiday request", "revenue forecast");

        assertThat(categorizer.categorizeAll(messages))
                .containsExactlyElementsOf(messages.stream().map(categorizer::categorize).toList());
    }

    @Test
    void needsExamples() {
        assertThatThrownBy(() -> EmbeddingCategorizer.train(
                        new HashingEmbeddingModel(), List.of(), CategorizationMethod.CENTROID, 3, 0.05))
                .hasMessageContaining("needs examples");
        assertThatThrownBy(() -> new LabelledText(" ", "a")).hasMessageContaining("an example of a is empty");
    }
}
