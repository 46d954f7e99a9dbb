package dev.baton.bot.access;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/**
 * Which restricted documents one answer may use. A document with access tags is used only when
 * <em>both</em> hold:
 * <ul>
 *   <li>the asker holds one of its tags (configured for them or their group in {@code access.*}, or
 *       given by the surface, such as {@code webchat.access-tags} for everyone using the console), and
 *   <li>everyone who will read the answer may see it: in a direct message only the asker reads it;
 *       in a channel the channel must be granted that tag ({@code slack.channels.access-tags}). A
 *       channel granted nothing shows public documents only, whoever asks, so an HR page never appears
 *       in a public channel because the asker happens to be in HR.
 * </ul>
 * Answers shown only to the asker in a channel ({@code private-answers}) follow the channel's rule too,
 * because "Share with the channel" can post them there. Baton's drafts for the support team go to the
 * staff desk, a shared channel, so they may use only tags in {@code access.staff-tags} as well.
 */
public final class AccessRule {
    private final AccessConfig config;

    @Inject
    public AccessRule(AccessConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    /** The access tags a search for this person, in this place, may use (lower case). */
    public Set<String> tagsFor(String personId, Set<String> surfaceTags, Audience audience) {
        requireNonNull(personId, "personId is null");
        requireNonNull(audience, "audience is null");
        Set<String> held = new HashSet<>(config.tagsOf(personId));
        held.addAll(AccessConfig.normalised(surfaceTags));
        return switch (audience) {
            case Audience.OnlyTheAsker onlyTheAsker -> Set.copyOf(held);
            case Audience.Channel channel -> intersection(held, AccessConfig.normalised(channel.grantedTags()));
        };
    }

    /** The tags of an answer narrowed to what the staff desk may read (for Baton's drafts). */
    public Set<String> forStaff(Set<String> tags) {
        return intersection(AccessConfig.normalised(tags), config.staffTags());
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return Set.copyOf(both);
    }
}
