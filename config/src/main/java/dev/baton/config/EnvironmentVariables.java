package dev.baton.config;

import java.util.Locale;
import java.util.Map;

/**
 * How environment variables map onto setting keys. Every key has a generic name ({@code
 * knowledge.answer.min-confidence} is {@code BATON_KNOWLEDGE_ANSWER_MIN_CONFIDENCE}); the names
 * that deployments, platforms and checks already rely on are aliases.
 */
public final class EnvironmentVariables {
    /** The settings file to read, when {@code --config} is not given. */
    public static final String CONFIG_FILE = "BATON_CONFIG";

    public static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("PORT", "server.port"),
            Map.entry("DATABASE_URL", "database.url"),
            Map.entry("DATABASE_USERNAME", "database.username"),
            Map.entry("DATABASE_PASSWORD", "database.password"),
            Map.entry("OPENAI_BASE_URL", "openai.base-url"),
            Map.entry("OPENAI_API_KEY", "openai.api-key"),
            Map.entry("OPENAI_MODEL", "openai.model"),
            Map.entry("SLACK_BOT_TOKEN", "slack.bot-token"),
            Map.entry("SLACK_SIGNING_SECRET", "slack.signing-secret"),
            Map.entry("SLACK_APP_TOKEN", "slack.app-token"),
            Map.entry("SLACK_API_URL", "slack.api-url"),
            Map.entry("MICROSOFT_APP_ID", "teams.app-id"),
            Map.entry("MICROSOFT_APP_PASSWORD", "teams.app-password"),
            Map.entry("MICROSOFT_APP_TENANT_ID", "teams.tenant-id"),
            Map.entry("QDRANT_URL", "qdrant.url"),
            Map.entry("QDRANT_API_KEY", "qdrant.api-key"),
            Map.entry("BATON_INDEX", "knowledge.index"),
            Map.entry("HANDOFF_SLACK_CHANNEL", "handoff.slack-channel"));

    private EnvironmentVariables() {}

    /** The generic variable name of a key. */
    public static String genericName(String key) {
        return "BATON_" + key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
