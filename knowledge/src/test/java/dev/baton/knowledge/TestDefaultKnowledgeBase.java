package dev.baton.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.answer.ConversationTurn;
import dev.baton.knowledge.answer.ConversationTurn.Speaker;
import dev.baton.knowledge.answer.ExtractiveAnswerer;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.embedding.SharedEmbeddingModel;
import dev.baton.knowledge.index.FusionMethod;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchFilter;
import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import dev.baton.knowledge.ingest.Chunker;
import dev.baton.knowledge.ingest.DocumentIngester;
import dev.baton.knowledge.ingest.IngestListener;
import dev.baton.knowledge.ingest.IngestReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Retrieval and answers over a small realistic knowledge base, with the real embedding model. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestDefaultKnowledgeBase {
    private static final double MIN_CONFIDENCE = 0.5;

    private LuceneVectorIndex index;
    private KnowledgeBase knowledgeBase;

    @BeforeAll
    void ingest(@TempDir Path temp) throws IOException {
        EmbeddingModel model = SharedEmbeddingModel.get();
        index = LuceneVectorIndex.inMemory(new HybridFusion(FusionMethod.WEIGHTED, 1, 0.05, 60), 50);
        Chunker chunker = new Chunker(1000, 150);
        knowledgeBase = new DefaultKnowledgeBase(
                new DocumentIngester(index, model, chunker, 32),
                index,
                model,
                new ExtractiveAnswerer(model, new ConfidenceEstimator(ConfidenceEstimator.FITTED), MIN_CONFIDENCE, 3, 2),
                5);
        IngestReport report = knowledgeBase.ingest(List.of(SampleKnowledge.write(temp.resolve("kb"))), IngestListener.NONE);
        assertThat(report.failures()).isEmpty();
        assertThat(report.added()).isEqualTo(5);
    }

    @AfterAll
    void close() {
        index.close();
    }

    private static Question staff(String text, ConversationTurn... history) {
        return new Question(text, List.of(history), new SearchFilter(Optional.empty(), Set.of("staff"),
                SearchFilter.everything().kinds()));
    }

    private ScoredChunk top(Question question) {
        return knowledgeBase.retrieve(question, 5).get(0);
    }

    @Test
    void findsThePassageThatAnswersAParaphrase() {
        assertThat(top(Question.of("How can I change my VPN password?")).chunk().section())
                .isEqualTo("VPN > Reset your password");
        assertThat(top(Question.of("my notebook computer is ancient, can I get a new one?")).chunk().section())
                .isEqualTo("Laptops > Replacement");
        assertThat(top(Question.of("the printer keeps eating my paper")).chunk().documentId()).isEqualTo("it/printing.txt");
        assertThat(top(Question.of("How long do I have to hand in receipts?")).chunk().title()).isEqualTo("Expense claims");
        assertThat(knowledgeBase.indexedChunks()).isPositive();
    }

    @Test
    void restrictedDocumentsOnlyReachPeopleWithTheTag() {
        assertThat(top(staff("How many vacation days do I get?")).chunk().title()).isEqualTo("Leave policy");
        assertThat(knowledgeBase.retrieve(Question.of("How many vacation days do I get?"), 10))
                .noneMatch(hit -> hit.chunk().title().equals("Leave policy"));
    }

    @Test
    void aFollowUpIsSearchedWithTheQuestionBefore() {
        ConversationTurn first = new ConversationTurn(Speaker.USER, "How do I get access to the VPN?");
        ConversationTurn reply = new ConversationTurn(Speaker.ASSISTANT, "Employees get it on day one [1].");

        ScoredChunk hit = top(staff("and for contractors?", first, reply));

        assertThat(hit.chunk().section()).isEqualTo("VPN > Request access");
        assertThat(hit.chunk().text()).contains("Contractors need a sponsor");
    }

    @Test
    void answersWithQuotesAndNumberedCitations() {
        Answer answer = knowledgeBase.answer(staff("How do I reset my VPN password?"));

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.generator()).isEqualTo("extractive");
        assertThat(answer.confidence()).isGreaterThanOrEqualTo(MIN_CONFIDENCE);
        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).number()).isEqualTo(1);
        assertThat(answer.citations().get(0).location()).isEqualTo("https://wiki.example.com/it/vpn");
        assertThat(answer.citations().get(0).section()).isEqualTo("VPN > Reset your password");
        assertThat(answer.text()).contains("reset.example.com").contains("[1]");
        assertThat(answer.citations()).allSatisfy(citation -> assertThat(answer.text()).contains("[" + citation.number() + "]"));
    }

    @Test
    void abstainsOnAnOffTopicQuestionWithoutListingUnrelatedPages() {
        Answer answer = knowledgeBase.answer(staff("What is the capital of Peru?"));

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.text()).isEqualTo("I'm not sure: I could not find a clear answer to this in the knowledge base.");
        assertThat(answer.abstentionReason()).hasValueSatisfying(reason -> assertThat(reason).contains("nothing related"));
        assertThat(answer.confidence()).isLessThan(MIN_CONFIDENCE);
        assertThat(answer.citations()).isEmpty();
    }
}
