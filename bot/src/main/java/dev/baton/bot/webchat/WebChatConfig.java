package dev.baton.bot.webchat;

import dev.baton.bot.access.AccessConfig;
import dev.baton.config.Settings;
import java.util.HashSet;
import java.util.Set;

/**
 * The browser console at {@code /}: on or off, the longest message it takes, and the access tags
 * everyone who can open it holds (it has no sign-in, so nobody holds any unless configured).
 */
public record WebChatConfig(boolean enabled, int maxMessageChars, Set<String> accessTags) {
    public static final String ACCESS_TAGS = "webchat.access-tags";

    public WebChatConfig {
        if (maxMessageChars < 1) {
            throw new IllegalArgumentException("maxMessageChars must be >= 1");
        }
        accessTags = Set.copyOf(accessTags);
    }

    public WebChatConfig(boolean enabled, int maxMessageChars) {
        this(enabled, maxMessageChars, Set.of());
    }

    public static WebChatConfig from(Settings settings) {
        Set<String> tags = new HashSet<>();
        for (String tag : settings.stringList(ACCESS_TAGS)) {
            if (AccessConfig.isTag(tag.strip())) {
                tags.add(tag.strip());
            } else {
                settings.report(ACCESS_TAGS, "\"" + tag + "\" is not an access tag: use letters, digits, '.', '_', "
                        + "':' or '-' (up to 64), one tag per entry, as written in the documents' access front matter");
            }
        }
        return new WebChatConfig(settings.flag("webchat.enabled"),
                settings.integer("webchat.max-message-chars", 1, 40_000), tags);
    }
}
