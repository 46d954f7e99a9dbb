package dev.baton.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import dev.baton.bot.handoff.SlaPager;
import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.answer.Answerer;
import dev.baton.knowledge.answer.ConversationSummarizer;
import dev.baton.knowledge.answer.llm.OpenAiAnswerer;
import dev.baton.knowledge.answer.llm.OpenAiConversationSummarizer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root builds the whole server graph under strict Guice, with and without an LLM. */
class TestComposition {
    @TempDir
    Path data;

    private Injector server(Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("BATON_DATA_DIR", data.toString());
        AllSettings settings = AllSettings.from(SettingsLoader.load(Optional.empty(), all, getClass().getClassLoader()));
        return Composition.create(settings, Clock.systemUTC(), EnumSet.of(Composition.Part.SERVER));
    }

    @Test
    void withoutALanguageModelEverythingIsExtractive() {
        Injector injector = server(Map.of());
        assertThat(injector.getInstance(Answerer.class)).isNotInstanceOf(OpenAiAnswerer.class);
        assertThat(injector.getInstance(ConversationSummarizer.class)).isSameAs(ConversationSummarizer.NONE);
        assertThat(Composition.serverLifecycle(injector)).isNotNull();
        assertThat(injector.getInstance(SlaPager.class)).isSameAs(injector.getInstance(SlaPager.class));
    }

    @Test
    void anOpenAiEndpointAnswersAndSummarizes() {
        Injector injector = server(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:9/v1", "OPENAI_MODEL", "local-model"));
        assertThat(injector.getInstance(Answerer.class)).isInstanceOf(OpenAiAnswerer.class);
        assertThat(injector.getInstance(ConversationSummarizer.class)).isInstanceOf(OpenAiConversationSummarizer.class);
        assertThat(injector.getInstance(dev.baton.knowledge.answer.MessageLabeler.class))
                .isInstanceOf(dev.baton.knowledge.answer.llm.OpenAiMessageLabeler.class);
    }
}
