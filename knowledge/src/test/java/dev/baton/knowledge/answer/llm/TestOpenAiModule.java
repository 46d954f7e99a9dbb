package dev.baton.knowledge.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.name.Names;
import com.openai.client.OpenAIClient;
import dev.baton.config.Secret;
import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.Answerer;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.ChunkKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestOpenAiModule {
    private static final Answer EXTRACTIVE =
            new Answer("Open the client. [1]", List.of(), 0.6, false, Optional.empty(), "extractive");

    @Test
    void strictInjectorWiresTheAnswererToTheConfiguredEndpoint() {
        try (OpenAiWireServer server = new OpenAiWireServer()) {
            server.replyWithContent("{\"answer\":\"Open the VPN client [1].\",\"cited\":[1],\"covered\":true}");
            OpenAiConfig config = new OpenAiConfig(
                    Optional.of(server.baseUrl()), Optional.of(new Secret("module-key")), "wired-model",
                    Duration.ofSeconds(5), 0, 100, 0);
            Injector injector = injector(config);
            OpenAIClient client = injector.getInstance(OpenAIClient.class);
            try {
                assertThat(injector.getInstance(OpenAIClient.class)).isSameAs(client);
                assertThat(injector.getInstance(OpenAiConfig.class)).isSameAs(config);

                Answer answer = injector.getInstance(Answerer.class).answer(Question.of("How do I connect?"), List.of(
                        new ScoredChunk(new Chunk("c1", "d1", "VPN guide", "docs/vpn.md", "Connecting", 0,
                                "Open the VPN client.", Optional.empty(), Set.of(), ChunkKind.DOCUMENT), 1, 0.8, 2)));

                assertThat(answer.generator()).isEqualTo("openai:wired-model");
                assertThat(server.requests()).singleElement()
                        .satisfies(request -> assertThat(request.authorization()).isEqualTo("Bearer module-key"));
            } finally {
                client.close();
            }
        }
    }

    @Test
    void clientIsBuiltWithoutKeyOrNetwork() {
        // Port 9 (discard) on loopback: nothing listens, and building the client must not try.
        OpenAiConfig config = new OpenAiConfig(
                Optional.of(java.net.URI.create("http://127.0.0.1:9/v1")), Optional.empty(), "local-model",
                Duration.ofSeconds(1), 0, 100, 0);

        OpenAIClient client = injector(config).getInstance(OpenAIClient.class);

        assertThat(client).isNotNull();
        client.close();
    }

    private static Injector injector(OpenAiConfig config) {
        return Guice.createInjector(Stage.PRODUCTION, new OpenAiModule(config), binder -> {
            binder.requireExplicitBindings();
            binder.disableCircularProxies();
            // What the knowledge module and the composition root bind.
            binder.bind(Answerer.class)
                    .annotatedWith(Names.named("extractive"))
                    .toInstance(new FixedAnswerer(EXTRACTIVE));
            binder.bind(Answerer.class).to(OpenAiAnswerer.class);
        });
    }
}
