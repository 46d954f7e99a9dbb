package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.ConversationReference;
import dev.baton.bot.storage.StorageErrorCode;
import dev.baton.bot.storage.StorageException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Where each Teams conversation can be reached later (table {@code teams_conversation_references}):
 * the Bot Framework reference of its latest activity, and the Baton conversation it belongs to.
 */
public final class TeamsConversationReferences {
    private final Jdbi jdbi;

    public TeamsConversationReferences(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    /** Stores the reference; a Baton conversation id once stored is kept when a later save has none. */
    public void save(String tenantId, Optional<String> batonConversationId, ConversationReference reference, Instant now) {
        requireNonNull(tenantId, "tenantId is null");
        requireNonNull(batonConversationId, "batonConversationId is null");
        requireNonNull(reference, "reference is null");
        String conversationId = reference.getConversation().getId();
        String json;
        try {
            json = TeamsJson.MAPPER.writeValueAsString(reference);
        } catch (JsonProcessingException e) {
            throw new TeamsException(TeamsErrorCode.UNREADABLE_REFERENCE,
                    "Cannot store the reference of Teams conversation " + conversationId, e);
        }
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO teams_conversation_references (tenant_id, "
                            + "conversation_id, baton_conversation_id, service_url, reference, updated_at) VALUES "
                            + "(:tenant, :conversation, :baton, :serviceUrl, :reference, :at) "
                            + "ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET service_url = excluded.service_url, "
                            + "reference = excluded.reference, updated_at = excluded.updated_at, baton_conversation_id = "
                            + "COALESCE(excluded.baton_conversation_id, teams_conversation_references.baton_conversation_id)")
                    .bind("tenant", tenantId)
                    .bind("conversation", conversationId)
                    .bind("baton", batonConversationId.orElse(null))
                    .bind("serviceUrl", reference.getServiceUrl())
                    .bind("reference", json)
                    .bind("at", now.toEpochMilli())
                    .execute());
        } catch (JdbiException e) {
            throw failed("store the reference of Teams conversation " + conversationId, e);
        }
    }

    /** The reference of a Teams conversation, by tenant and the conversation id Teams sent. */
    public Optional<ConversationReference> find(String tenantId, String conversationId) {
        return query("find Teams conversation " + conversationId, conversationId,
                "tenant_id = :tenant AND conversation_id = :conversation",
                Map.of("tenant", tenantId, "conversation", conversationId));
    }

    /**
     * A reference into a Teams channel: the channel's own, or any reply chain's in it (Baton hears a
     * channel only once someone there has talked to it). Empty when Baton has never heard from it.
     */
    public Optional<ConversationReference> inChannel(String channelId) {
        return query("find Teams channel " + channelId, channelId,
                "(conversation_id = :channel OR conversation_id LIKE :chains)",
                Map.of("channel", channelId, "chains", channelId + ";messageid=%"));
    }

    /** The most recently used Teams reference of a Baton conversation. */
    public Optional<ConversationReference> forBatonConversation(String batonConversationId) {
        return query("find the Teams conversation of Baton conversation " + batonConversationId, batonConversationId,
                "baton_conversation_id = :baton", Map.of("baton", batonConversationId));
    }

    private Optional<ConversationReference> query(String action, String id, String where, Map<String, String> values) {
        Optional<String> json;
        try {
            json = jdbi.withHandle(handle -> handle.createQuery("SELECT reference FROM teams_conversation_references "
                            + "WHERE " + where + " ORDER BY updated_at DESC LIMIT 1")
                    .bindMap(values)
                    .mapTo(String.class)
                    .findOne());
        } catch (JdbiException e) {
            throw failed(action, e);
        }
        return json.map(stored -> {
            try {
                return TeamsJson.MAPPER.readValue(stored, ConversationReference.class);
            } catch (JsonProcessingException e) {
                throw new TeamsException(TeamsErrorCode.UNREADABLE_REFERENCE,
                        "The stored reference for " + id + " is not a Bot Framework ConversationReference", e);
            }
        });
    }

    private static StorageException failed(String action, JdbiException cause) {
        return new StorageException(StorageErrorCode.DATABASE_FAILED, "Could not " + action + ": the database failed",
                cause);
    }
}
