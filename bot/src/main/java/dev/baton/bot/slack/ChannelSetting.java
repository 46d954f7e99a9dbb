package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** How Baton behaves in one channel: enabled or not, when it speaks, which product, who sees answers. */
public record ChannelSetting(boolean enabled, ChannelMode mode, Optional<String> product, AnswerVisibility visibility) {
    public ChannelSetting {
        requireNonNull(mode, "mode is null");
        requireNonNull(product, "product is null");
        requireNonNull(visibility, "visibility is null");
    }
}
