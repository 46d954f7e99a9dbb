package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import com.google.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Review tags in the {@code review_tags} table (SQLite or PostgreSQL, same SQL). */
public final class JdbiReviewTags {
    private final Jdbi jdbi;

    @Inject
    public JdbiReviewTags(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    public void save(ReviewTag tag) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO review_tags (conversation_id, cause, note, tagged_by, "
                        + "tagged_at) VALUES (:conversation, :cause, :note, :by, :at) ON CONFLICT (conversation_id) DO UPDATE "
                        + "SET cause = excluded.cause, note = excluded.note, tagged_by = excluded.tagged_by, "
                        + "tagged_at = excluded.tagged_at")
                .bind("conversation", tag.conversationId())
                .bind("cause", tag.cause().name())
                .bind("note", tag.note())
                .bind("by", tag.taggedBy())
                .bind("at", tag.taggedAt().toEpochMilli())
                .execute());
    }

    /** The tags of these conversations, by conversation id. */
    public Map<String, ReviewTag> of(Collection<String> conversationIds) {
        Map<String, ReviewTag> tags = new HashMap<>();
        if (conversationIds.isEmpty()) {
            return tags;
        }
        jdbi.useHandle(handle -> handle.createQuery("SELECT conversation_id, cause, note, tagged_by, tagged_at FROM "
                        + "review_tags WHERE conversation_id IN (<ids>)")
                .bindList("ids", List.copyOf(conversationIds))
                .map((row, context) -> new ReviewTag(row.getString(1), ReviewCause.valueOf(row.getString(2)),
                        row.getString(3), row.getString(4), Instant.ofEpochMilli(row.getLong(5))))
                .forEach(tag -> tags.put(tag.conversationId(), tag)));
        return tags;
    }

    /** How many conversations carry each cause: what the team should fix first. */
    public Map<ReviewCause, Integer> counts() {
        Map<ReviewCause, Integer> counts = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT cause, COUNT(*) FROM review_tags GROUP BY cause")
                .map((row, context) -> Map.entry(ReviewCause.valueOf(row.getString(1)), row.getInt(2)))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
        return counts;
    }
}
