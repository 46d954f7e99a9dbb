package dev.baton.knowledge.answer.llm;

import static java.util.Objects.requireNonNull;

import dev.baton.config.Secret;
import dev.baton.config.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the OpenAI-compatible answer endpoint, the {@code openai} section of the settings.
 * The endpoint is used when a base URL or an API key is set ({@link #enabled()}).
 */
public record OpenAiConfig(
        Optional<URI> baseUrl,
        Optional<Secret> apiKey,
        String model,
        Duration timeout,
        int maxRetries,
        int maxOutputTokens,
        double temperature) {
    public static final String BASE_URL = "openai.base-url";
    public static final String API_KEY = "openai.api-key";
    public static final String MODEL = "openai.model";
    public static final String TIMEOUT = "openai.timeout";
    public static final String MAX_RETRIES = "openai.max-retries";
    public static final String MAX_OUTPUT_TOKENS = "openai.max-output-tokens";
    public static final String TEMPERATURE = "openai.temperature";

    /** Stands in for a missing model only after that problem was reported, so the other checks still run. */
    static final String DEFAULT_MODEL = "gpt-4o-mini";

    static final Duration MIN_TIMEOUT = Duration.ofMillis(10);
    static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);

    public OpenAiConfig {
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(apiKey, "apiKey is null");
        requireNonNull(model, "model is null");
        requireNonNull(timeout, "timeout is null");
        if ((baseUrl.isPresent() || apiKey.isPresent()) && model.isBlank()) {
            throw new IllegalArgumentException("a model is needed when the OpenAI endpoint is used");
        }
        if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(
                    "timeout must be from " + MIN_TIMEOUT + " to " + MAX_TIMEOUT + ": " + timeout);
        }
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("maxRetries must be from 0 to 10: " + maxRetries);
        }
        if (maxOutputTokens < 16 || maxOutputTokens > 100_000) {
            throw new IllegalArgumentException("maxOutputTokens must be from 16 to 100000: " + maxOutputTokens);
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be from 0 to 2: " + temperature);
        }
    }

    /** Reads the {@code openai} section; problems are recorded in {@code settings}, never thrown. */
    public static OpenAiConfig from(Settings settings) {
        Optional<URI> baseUrl = settings.optionalUrl(BASE_URL);
        Optional<Secret> apiKey = settings.secret(API_KEY);
        String model = settings.string(MODEL).strip();
        boolean enabled = baseUrl.isPresent() || apiKey.isPresent();
        if (enabled && model.isEmpty()) {
            settings.report(MODEL, "must name a model, such as gpt-4o-mini, when " + BASE_URL + " or " + API_KEY
                    + " is set (environment variable OPENAI_MODEL)");
            model = DEFAULT_MODEL;
        }
        return new OpenAiConfig(
                baseUrl,
                apiKey,
                model,
                settings.duration(TIMEOUT, MIN_TIMEOUT, MAX_TIMEOUT),
                settings.integer(MAX_RETRIES, 0, 10),
                settings.integer(MAX_OUTPUT_TOKENS, 16, 100_000),
                settings.decimal(TEMPERATURE, 0, 2));
    }

    /** Whether answers go through the endpoint; otherwise the extractive answerer is used alone. */
    public boolean enabled() {
        return baseUrl.isPresent() || apiKey.isPresent();
    }

    /** How answers made by this endpoint are labelled in {@code Answer.generator()}. */
    public String generator() {
        return "openai:" + model;
    }
}
