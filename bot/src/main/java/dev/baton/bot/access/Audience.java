package dev.baton.bot.access;

import java.util.Set;

/**
 * Who reads Baton's answer besides the asker, as far as restricted documents are concerned. Every
 * adapter says where a message came from; the {@link AccessRule} then decides which access tags the
 * search may use.
 */
public sealed interface Audience {
    /**
     * Only the asker reads the answer: a Slack DM, a Teams personal chat, the web chat console.
     * Restricted documents the asker holds a tag for may be used.
     */
    record OnlyTheAsker() implements Audience {}

    /**
     * A channel or group chat: everyone in it reads the answer (or may be shown it with "Share with
     * the channel"), so only the tags the channel is granted by configuration may be used, and only
     * those of them the asker holds as well.
     */
    record Channel(Set<String> grantedTags) implements Audience {
        public Channel {
            grantedTags = Set.copyOf(grantedTags);
        }
    }

    static Audience onlyTheAsker() {
        return new OnlyTheAsker();
    }

    static Audience channel(Set<String> grantedTags) {
        return new Channel(grantedTags);
    }

    /** A channel granted nothing: public documents only. What a message whose origin is unknown gets. */
    static Audience publicChannel() {
        return new Channel(Set.of());
    }
}
