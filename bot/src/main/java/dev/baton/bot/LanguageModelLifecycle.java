package dev.baton.bot;

import static java.util.Objects.requireNonNull;

import com.openai.client.OpenAIClient;

/** Closes the OpenAI client's connection pool and threads when Baton stops. */
final class LanguageModelLifecycle implements Managed {
    private final OpenAIClient client;

    LanguageModelLifecycle(OpenAIClient client) {
        this.client = requireNonNull(client, "client is null");
    }

    @Override
    public void start() {}

    @Override
    public void stop() {
        client.close();
    }
}
