package dev.baton.bot.webchat;

import dev.baton.config.Settings;

/** The browser console at {@code /}: on or off, and the longest message it takes. */
public record WebChatConfig(boolean enabled, int maxMessageChars) {
    public WebChatConfig {
        if (maxMessageChars < 1) {
            throw new IllegalArgumentException("maxMessageChars must be >= 1");
        }
    }

    public static WebChatConfig from(Settings settings) {
        return new WebChatConfig(
                settings.flag("webchat.enabled"), settings.integer("webchat.max-message-chars", 1, 40_000));
    }
}
