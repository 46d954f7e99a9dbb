package dev.baton.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.knowledge.embedding.HashingEmbeddingModel;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.ChunkKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestExtractiveAnswerer {
    /** Confidence equals the best cosine, so tests choose it through the passages' scores. */
    private static final ConfidenceEstimator SIMILARITY_IS_CONFIDENCE =
            new ConfidenceEstimator(new ConfidenceEstimator.Coefficients(-20, 40, 0, 0));

    private final ExtractiveAnswerer answerer =
            new ExtractiveAnswerer(new HashingEmbeddingModel(), SIMILARITY_IS_CONFIDENCE, 0.5, 2, 2);

    private static ScoredChunk passage(String document, int position, String text, double similarity) {
        return passage(document, position, "Part " + position, text, similarity);
    }

    private static ScoredChunk passage(String document, int position, String heading, String text, double similarity) {
        Chunk chunk = new Chunk(document + "#" + position, document, "Title " + document, "https://wiki/" + document,
                "Title " + document + " > " + heading, position, text, Optional.empty(), Set.of(), ChunkKind.DOCUMENT);
        return new ScoredChunk(chunk, similarity, similarity, 1.0);
    }

    @Test
    void amongCloseSectionsQuotesFirstTheOneWithTheMostEvidence() {
        List<ScoredChunk> passages = List.of(
                passage("vpn.md", 3, "Change your password before it expires",
                        "Passwords expire every 180 days. To change it early, follow the steps above.", 0.80),
                passage("vpn.md", 1, "Reset your VPN password", "1. Sign in to the portal.\n2. Open the VPN tab.", 0.79),
                passage("vpn.md", 2, "Reset your VPN password", "3. Click Reset.\n4. Wait 15 minutes.", 0.78));

        Answer answer = answerer.answer(Question.of("how do I reset my VPN password"), passages);

        assertThat(answer.text()).startsWith("""
                From "Title vpn.md", section "Reset your VPN password" [1]:
                1. Sign in to the portal.
                2. Open the VPN tab.
                3. Click Reset.
                4. Wait 15 minutes.""");
        assertThat(answer.text()).contains("Also, from \"Title vpn.md\", section \"Change your password before it expires\"");
    }

    @Test
    void nothingRetrievedIsAnAbstentionWithoutCitations() {
        Answer answer = answerer.answer(Question.of("Where is the cafeteria?"), List.of());

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.confidence()).isZero();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.abstentionReason()).contains("nothing in the knowledge base matched the question");
    }

    @Test
    void quotesTheBestSectionWholeWithALeadInThenACloseSectionAndNumbersSourcesByDocument() {
        List<ScoredChunk> passages = List.of(
                passage("a.md", 0, "Release jobs with your badge",
                        "Badge printers release jobs.\n1. Print to Fernhill-Secure.\n2. Badge in at the printer.", 0.80),
                passage("a.md", 1, "Queue", "Print jobs wait in the queue for a day.", 0.79),
                passage("b.md", 0, "Servicing", "Printers are serviced on Mondays.", 0.78),
                passage("c.md", 0, "Far less relevant text.", 0.60));

        Answer answer = answerer.answer(Question.of("how do I release print jobs at the printer with my badge"), passages);

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.confidence()).isGreaterThan(0.5);
        assertThat(answer.citations()).extracting(Citation::number).containsExactly(1);
        assertThat(answer.citations().get(0).location()).isEqualTo("https://wiki/a.md");
        assertThat(answer.text()).startsWith("""
                From "Title a.md", section "Release jobs with your badge" [1]:
                Badge printers release jobs.
                1. Print to Fernhill-Secure.
                2. Badge in at the printer.

                Also, from "Title a.md", section "Queue" [1]:
                Print jobs wait in the queue for a day.""");
        assertThat(answer.text()).doesNotContain("Mondays").doesNotContain("Far less");
    }

    @Test
    void aLongProcedureIsCutAtWholeStepsAndSaysWhichStepsItShows() {
        StringBuilder steps = new StringBuilder("Follow these steps.");
        for (int i = 1; i <= 30; i++) {
            steps.append("\n").append(i).append(". Do step number ").append(i).append(" of the badge printer procedure carefully.");
        }
        Answer answer = answerer.answer(Question.of("badge printer procedure"),
                List.of(passage("a.md", 0, steps.toString(), 0.8)));

        assertThat(answer.text().length()).isLessThanOrEqualTo(ExtractiveAnswerer.MAX_ANSWER_CHARACTERS);
        assertThat(answer.text()).containsPattern("\\(steps \\d+–\\d+ of 30 shown; see the page for the rest\\)");
        assertThat(answer.text().lines().filter(line -> line.matches("\\d+\\. .*")))
                .allMatch(line -> line.endsWith("carefully."));
    }

    @Test
    void consecutiveChunksOfOneSectionAreQuotedAsOneTextWithoutTheirOverlap() {
        ScoredChunk first = passage("a.md", 0, "1. Open the portal.\n2. Click reset.", 0.8);
        Chunk second = new Chunk("a.md#1", "a.md", "Title a.md", "https://wiki/a.md", "Title a.md > Part 0", 1,
                "2. Click reset.\n3. Wait 15 minutes.", Optional.empty(), Set.of(), ChunkKind.DOCUMENT);

        Answer answer = answerer.answer(Question.of("reset"), List.of(first, new ScoredChunk(second, 0.7, 0.7, 1.0)));

        assertThat(answer.text()).isEqualTo("""
                From "Title a.md", section "Part 0" [1]:
                1. Open the portal.
                2. Click reset.
                3. Wait 15 minutes.""");
    }

    @Test
    void lowConfidenceAbstainsAndCitesWhatCameClosest() {
        List<ScoredChunk> passages = List.of(
                passage("a.md", 0, "Text about printers.", 0.45),
                passage("a.md", 1, "More about printers.", 0.44),
                passage("b.md", 0, "Text about badges.", 0.40));

        Answer answer = answerer.answer(Question.of("capital of Peru"), passages);

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.confidence()).isLessThan(0.5);
        assertThat(answer.abstentionReason()).hasValueSatisfying(reason -> assertThat(reason).startsWith("low confidence"));
        assertThat(answer.citations()).extracting(Citation::title).containsExactly("Title a.md", "Title b.md");
        assertThat(answer.text()).contains("[1] Title a.md (Part 0)").contains("[2] Title b.md (Part 0)");
    }

    @Test
    void rejectsSettingsThatCannotAnswer() {
        assertThatThrownBy(() -> new ExtractiveAnswerer(new HashingEmbeddingModel(), SIMILARITY_IS_CONFIDENCE, 1.5, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
