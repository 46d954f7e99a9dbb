package dev.baton.bot;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.admin.AdminConfig;
import dev.baton.bot.assistant.AssistantConfig;
import dev.baton.bot.access.AccessConfig;
import dev.baton.bot.conversation.CustomersConfig;
import dev.baton.bot.server.ServerConfig;
import dev.baton.bot.slack.SlackConfig;
import dev.baton.bot.slack.SlackInboxConfig;
import dev.baton.bot.storage.DatabaseConfig;
import dev.baton.bot.teams.TeamsConfig;
import dev.baton.bot.webchat.WebChatConfig;
import dev.baton.config.Settings;
import dev.baton.handoff.lifecycle.HandoffConfig;
import dev.baton.handoff.policy.EscalationConfig;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.answer.llm.OpenAiConfig;
import dev.baton.knowledge.categorize.CategorizationConfig;
import dev.baton.knowledge.index.qdrant.QdrantConfig;

/**
 * Every module's settings, read from one {@link Settings} so that every problem in every module is
 * reported together before anything starts.
 */
public record AllSettings(
        Settings settings,
        LogFormat logFormat,
        ServerConfig server,
        WebChatConfig webChat,
        AssistantConfig assistant,
        CustomersConfig customers,
        AccessConfig access,
        AdminConfig admin,
        DatabaseConfig database,
        KnowledgeConfig knowledge,
        QdrantConfig qdrant,
        OpenAiConfig openAi,
        HandoffConfig handoff,
        EscalationConfig escalation,
        TeamsConfig teams,
        CategorizationConfig categorization,
        SlackConfig slack,
        SlackInboxConfig slackInbox) {
    public AllSettings {
        requireNonNull(settings, "settings is null");
        requireNonNull(logFormat, "logFormat is null");
        requireNonNull(server, "server is null");
        requireNonNull(webChat, "webChat is null");
        requireNonNull(assistant, "assistant is null");
        requireNonNull(customers, "customers is null");
        requireNonNull(access, "access is null");
        requireNonNull(admin, "admin is null");
        requireNonNull(database, "database is null");
        requireNonNull(knowledge, "knowledge is null");
        requireNonNull(qdrant, "qdrant is null");
        requireNonNull(openAi, "openAi is null");
        requireNonNull(handoff, "handoff is null");
        requireNonNull(escalation, "escalation is null");
        requireNonNull(teams, "teams is null");
        requireNonNull(categorization, "categorization is null");
        requireNonNull(slack, "slack is null");
        requireNonNull(slackInbox, "slackInbox is null");
    }

    /** Reads every module's settings; throws a ConfigException listing every problem found. */
    public static AllSettings from(Settings settings) {
        AllSettings all = new AllSettings(
                settings,
                LogFormat.from(settings),
                ServerConfig.from(settings),
                WebChatConfig.from(settings),
                AssistantConfig.from(settings),
                CustomersConfig.from(settings),
                AccessConfig.from(settings),
                AdminConfig.from(settings),
                DatabaseConfig.from(settings),
                KnowledgeConfig.from(settings),
                QdrantConfig.from(settings),
                OpenAiConfig.from(settings),
                HandoffConfig.from(settings),
                EscalationConfig.from(settings),
                TeamsConfig.from(settings),
                CategorizationConfig.from(settings),
                SlackConfig.from(settings),
                SlackInboxConfig.from(settings));
        settings.throwIfInvalid();
        return all;
    }
}
