package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import com.google.inject.Inject;
import dev.baton.bot.conversation.ConversationStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the conversations to review — marked not helpful, answered with low confidence, escalated,
 * or abandoned — newest first, and records what the reviewer found.
 */
public final class ReviewQueue {
    /** The flags a reviewer can filter by. */
    public static final List<String> FLAGS = List.of("not helpful", "low confidence", "escalated", "abandoned");
    private static final int TRANSCRIPT = 50;

    private final ConversationFactsReader facts;
    private final ConversationStore conversations;
    private final JdbiReviewTags tags;
    private final AdminConfig config;
    private final Clock clock;

    @Inject
    public ReviewQueue(ConversationFactsReader facts, ConversationStore conversations, JdbiReviewTags tags,
            AdminConfig config, Clock clock) {
        this.facts = requireNonNull(facts, "facts is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.tags = requireNonNull(tags, "tags is null");
        this.config = requireNonNull(config, "config is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public List<ReviewItem> items(int days, Optional<String> flag, int limit) {
        Instant now = clock.instant();
        OutcomeRules rules = new OutcomeRules(config.quietAfter());
        List<ReviewItem> picked = new ArrayList<>();
        List<ConversationFacts> window = facts.read(new ReportWindow(now.minus(Duration.ofDays(days)), now.plusMillis(1),
                Optional.empty(), Optional.empty()));
        List<ConversationFacts> newestFirst = window.stream()
                .sorted(Comparator.comparing(ConversationFacts::lastActivityAt).reversed())
                .toList();
        Map<String, ReviewTag> tagged = tags.of(newestFirst.stream().map(ConversationFacts::conversationId).toList());
        for (ConversationFacts conversation : newestFirst) {
            Outcome outcome = rules.outcome(conversation, now);
            List<String> flags = flags(conversation, outcome);
            if (flags.isEmpty() || (flag.isPresent() && !flags.contains(flag.get()))) {
                continue;
            }
            picked.add(new ReviewItem(conversation, outcome, flags,
                    conversations.history(conversation.conversationId(), TRANSCRIPT),
                    Optional.ofNullable(tagged.get(conversation.conversationId()))));
            if (picked.size() == limit) {
                break;
            }
        }
        return picked;
    }

    public void tag(String conversationId, ReviewCause cause, String note, String reviewer) {
        tags.save(new ReviewTag(conversationId, cause, note.strip(), reviewer, clock.instant()));
    }

    public Map<ReviewCause, Integer> causeCounts() {
        return tags.counts();
    }

    static List<String> flags(ConversationFacts conversation, Outcome outcome) {
        List<String> flags = new ArrayList<>();
        if (conversation.notHelpfulVotes() > 0) {
            flags.add("not helpful");
        }
        if (conversation.botAnswered() && !conversation.lastAnswerConfident()) {
            flags.add("low confidence");
        }
        if (conversation.ticket().isPresent()) {
            flags.add("escalated");
        }
        if (outcome == Outcome.ABANDONED) {
            flags.add("abandoned");
        }
        return flags;
    }
}
