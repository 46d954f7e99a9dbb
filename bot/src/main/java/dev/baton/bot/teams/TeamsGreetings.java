package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.storage.StorageErrorCode;
import dev.baton.bot.storage.StorageException;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Remembers who was greeted where (table {@code teams_greetings}), so nobody is greeted twice. */
public final class TeamsGreetings {
    private final Jdbi jdbi;

    public TeamsGreetings(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    /** Records the greeting; true only for the first call for this member in this conversation. */
    public boolean markGreeted(String tenantId, String conversationId, String memberId, Instant now) {
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO teams_greetings (tenant_id, "
                            + "conversation_id, member_id, greeted_at) VALUES (:tenant, :conversation, :member, :at) "
                            + "ON CONFLICT (tenant_id, conversation_id, member_id) DO NOTHING")
                    .bind("tenant", tenantId)
                    .bind("conversation", conversationId)
                    .bind("member", memberId)
                    .bind("at", now.toEpochMilli())
                    .execute()) == 1;
        } catch (JdbiException e) {
            throw new StorageException(StorageErrorCode.DATABASE_FAILED,
                    "Could not record a greeting in Teams conversation " + conversationId + ": the database failed", e);
        }
    }
}
