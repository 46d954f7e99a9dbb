package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;

/**
 * How Baton behaves in one channel: enabled or not, when it speaks, which product, who sees answers,
 * and the access tags of the restricted documents the channel may be shown.
 */
public record ChannelSetting(
        boolean enabled, ChannelMode mode, Optional<String> product, AnswerVisibility visibility, Set<String> accessTags) {
    public ChannelSetting {
        requireNonNull(mode, "mode is null");
        requireNonNull(product, "product is null");
        requireNonNull(visibility, "visibility is null");
        accessTags = Set.copyOf(accessTags);
    }

    /** A channel granted no restricted documents. */
    public ChannelSetting(boolean enabled, ChannelMode mode, Optional<String> product, AnswerVisibility visibility) {
        this(enabled, mode, product, visibility, Set.of());
    }
}
