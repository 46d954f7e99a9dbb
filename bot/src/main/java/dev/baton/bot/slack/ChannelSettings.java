package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The per-channel settings ({@code slack.channels.*}): each list names channel ids; a channel in
 * none of them gets the defaults (enabled when {@code enabled-by-default}, mention-only, every
 * product, public answers, public documents only). Direct messages are always enabled and always
 * answered; which restricted documents a DM may use is the asker's own access (see AccessRule).
 */
public record ChannelSettings(
        boolean enabledByDefault,
        Set<String> enabled,
        Set<String> disabled,
        Set<String> autoAnswer,
        Set<String> privateAnswers,
        Map<String, String> products,
        Map<String, Set<String>> accessTags) {
    public ChannelSettings {
        enabled = Set.copyOf(enabled);
        disabled = Set.copyOf(disabled);
        autoAnswer = Set.copyOf(autoAnswer);
        privateAnswers = Set.copyOf(privateAnswers);
        products = Map.copyOf(products);
        accessTags = Map.copyOf(accessTags.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, entry -> Set.copyOf(entry.getValue()))));
        for (String channel : enabled) {
            if (disabled.contains(channel)) {
                throw new IllegalArgumentException("channel " + channel + " is both enabled and disabled");
            }
        }
    }

    /** Channels granted no restricted documents. */
    public ChannelSettings(boolean enabledByDefault, Set<String> enabled, Set<String> disabled,
            Set<String> autoAnswer, Set<String> privateAnswers, Map<String, String> products) {
        this(enabledByDefault, enabled, disabled, autoAnswer, privateAnswers, products, Map.of());
    }

    public static ChannelSettings defaults() {
        return new ChannelSettings(true, Set.of(), Set.of(), Set.of(), Set.of(), Map.of());
    }

    /** The setting of one channel (a direct message is always enabled, public and auto-answered). */
    public ChannelSetting forChannel(String channel, boolean directMessage) {
        requireNonNull(channel, "channel is null");
        Optional<String> product = Optional.ofNullable(products.get(channel));
        if (directMessage) {
            return new ChannelSetting(true, ChannelMode.AUTO_ANSWER, product, AnswerVisibility.PUBLIC);
        }
        boolean on = enabled.contains(channel) || (enabledByDefault && !disabled.contains(channel));
        return new ChannelSetting(
                on,
                autoAnswer.contains(channel) ? ChannelMode.AUTO_ANSWER : ChannelMode.MENTION_ONLY,
                product,
                privateAnswers.contains(channel) ? AnswerVisibility.PRIVATE : AnswerVisibility.PUBLIC,
                accessTags.getOrDefault(channel, Set.of()));
    }
}
