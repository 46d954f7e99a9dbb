package dev.baton.knowledge.answer.llm;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/**
 * The OpenAI-compatible answer endpoint.
 *
 * <p>Binds {@link OpenAiConfig} (the instance given, read by the composition root with {@link
 * OpenAiConfig#from} from the {@code openai.*} keys: base-url, api-key, model, timeout,
 * max-retries, max-output-tokens, temperature) and provides the singleton {@link OpenAIClient},
 * which opens no connection until the first request. Needs nothing else.
 *
 * <p>It binds nothing global: the composition root decides, from {@link OpenAiConfig#enabled()},
 * whether to bind {@code Answerer} to {@link OpenAiAnswerer}, which also needs the
 * {@code @Named("extractive") Answerer} bound by the knowledge module. The client holds OkHttp's
 * connection pool and threads; whoever owns the injector closes it at shutdown.
 */
public final class OpenAiModule extends AbstractModule {
    /**
     * Sent when no key is configured: the client insists on a credential, and the local servers
     * that need no key (Ollama, vLLM without --api-key) ignore the header.
     */
    static final String NO_KEY = "no-key";

    private final OpenAiConfig config;

    public OpenAiModule(OpenAiConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        bind(OpenAiConfig.class).toInstance(config);
    }

    @Provides
    @Singleton
    OpenAIClient openAiClient(OpenAiConfig config) {
        return createClient(config);
    }

    static OpenAIClient createClient(OpenAiConfig config) {
        OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder()
                .apiKey(config.apiKey().map(key -> key.reveal()).orElse(NO_KEY))
                .timeout(config.timeout())
                .maxRetries(config.maxRetries());
        // Unset means OpenAI's own API, the client's default base URL.
        config.baseUrl().ifPresent(url -> builder.baseUrl(url.toString()));
        return builder.build();
    }
}
