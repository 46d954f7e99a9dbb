package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A reviewer's verdict on one conversation. */
public record ReviewTag(String conversationId, ReviewCause cause, String note, String taggedBy, Instant taggedAt) {
    public ReviewTag {
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(cause, "cause is null");
        requireNonNull(note, "note is null");
        requireNonNull(taggedBy, "taggedBy is null");
        requireNonNull(taggedAt, "taggedAt is null");
        if (note.length() > 2000) {
            throw new IllegalArgumentException("a review note is at most 2000 characters, not " + note.length());
        }
    }
}
