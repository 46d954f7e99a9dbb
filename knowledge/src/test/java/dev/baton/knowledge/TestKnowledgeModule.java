package dev.baton.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.Stage;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.Answerer;
import dev.baton.knowledge.answer.ExtractiveAnswerer;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.eval.RetrievalEvaluation;
import dev.baton.knowledge.index.VectorIndex;
import dev.baton.knowledge.index.lucene.LuceneIndexModule;
import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import dev.baton.knowledge.ingest.IngestListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestKnowledgeModule {
    @TempDir
    Path temp;

    /** What the composition root does: strict Guice, the modules, and its own choice of answerer. */
    private Injector injector(KnowledgeConfig config) {
        return Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
                install(new KnowledgeModule(config));
                install(new LuceneIndexModule());
            }

            @Provides
            @Singleton
            Answerer answerer(@Named(KnowledgeModule.EXTRACTIVE) Answerer extractive) {
                return extractive;
            }
        });
    }

    @Test
    void wiresAKnowledgeBaseWithTheIndexUnderTheDataDirectory() throws IOException {
        KnowledgeConfig config = KnowledgeConfig.from(SettingsLoader.load(
                Optional.empty(), Map.of("BATON_DATA_DIR", temp.resolve("data").toString()), getClass().getClassLoader()));
        Injector injector = injector(config);

        try (VectorIndex index = injector.getInstance(VectorIndex.class)) {
            assertThat(index).isInstanceOf(LuceneVectorIndex.class);
            assertThat(injector.getInstance(Key.get(Answerer.class, Names.named(KnowledgeModule.EXTRACTIVE))))
                    .isInstanceOf(ExtractiveAnswerer.class);
            KnowledgeBase knowledgeBase = injector.getInstance(KnowledgeBase.class);
            assertThat(injector.getInstance(KnowledgeBase.class)).isSameAs(knowledgeBase);
            assertThat(knowledgeBase.indexedChunks()).isZero();
            assertThat(injector.getInstance(RetrievalEvaluation.class)).isNotNull();

            knowledgeBase.ingest(List.of(SampleKnowledge.write(temp.resolve("kb"))), IngestListener.NONE);
            Answer answer = knowledgeBase.answer(Question.of("How do I reset my VPN password?"));

            assertThat(answer.abstained()).isFalse();
            assertThat(answer.citations().get(0).title()).isEqualTo("VPN");
        }
        assertThat(Files.list(temp.resolve("data/index"))).isNotEmpty();
    }
}
