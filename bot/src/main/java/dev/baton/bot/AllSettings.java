package dev.baton.bot;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.server.ServerConfig;
import dev.baton.bot.storage.DatabaseConfig;
import dev.baton.bot.webchat.WebChatConfig;
import dev.baton.config.Settings;
import dev.baton.handoff.lifecycle.HandoffConfig;
import dev.baton.handoff.policy.EscalationConfig;
import dev.baton.knowledge.IndexKind;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.categorize.CategorizationConfig;
import dev.baton.knowledge.answer.llm.OpenAiConfig;

/**
 * Every module's settings, read from one {@link Settings} so that every problem in every module is
 * reported together before anything starts.
 */
public record AllSettings(
        Settings settings,
        ServerConfig server,
        WebChatConfig webChat,
        DatabaseConfig database,
        KnowledgeConfig knowledge,
        OpenAiConfig openAi,
        HandoffConfig handoff,
        EscalationConfig escalation,
        CategorizationConfig categorization) {
    public AllSettings {
        requireNonNull(settings, "settings is null");
        requireNonNull(server, "server is null");
        requireNonNull(webChat, "webChat is null");
        requireNonNull(database, "database is null");
        requireNonNull(knowledge, "knowledge is null");
        requireNonNull(openAi, "openAi is null");
        requireNonNull(handoff, "handoff is null");
        requireNonNull(escalation, "escalation is null");
        requireNonNull(categorization, "categorization is null");
    }

    /** Reads every module's settings; throws a ConfigException listing every problem found. */
    public static AllSettings from(Settings settings) {
        AllSettings all = new AllSettings(
                settings,
                ServerConfig.from(settings),
                WebChatConfig.from(settings),
                DatabaseConfig.from(settings),
                KnowledgeConfig.from(settings),
                OpenAiConfig.from(settings),
                HandoffConfig.from(settings),
                EscalationConfig.from(settings),
                CategorizationConfig.from(settings));
        if (all.knowledge().index() == IndexKind.QDRANT) {
            settings.report("knowledge.index",
                    "qdrant is not available in this version yet (issue 9); use lucene, the embedded index");
        }
        settings.throwIfInvalid();
        return all;
    }
}
