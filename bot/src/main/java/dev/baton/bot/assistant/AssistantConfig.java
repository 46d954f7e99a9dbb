package dev.baton.bot.assistant;

import dev.baton.config.Settings;

/**
 * The {@code assistant} settings: how many messages one person may send per minute before Baton asks
 * them to slow down (a flood of messages is a bot or a stuck client, and would starve everyone else).
 * Asking for a person is never limited.
 */
public record AssistantConfig(int maxMessagesPerMinute) {
    public AssistantConfig {
        if (maxMessagesPerMinute < 1) {
            throw new IllegalArgumentException("maxMessagesPerMinute must be at least 1: " + maxMessagesPerMinute);
        }
    }

    public static AssistantConfig from(Settings settings) {
        return new AssistantConfig(settings.integer("assistant.max-messages-per-minute", 1, 10_000));
    }
}
