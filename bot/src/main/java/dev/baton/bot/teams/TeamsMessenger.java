package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Proactive messages into Teams conversations Baton has seen (their references are stored on every
 * turn): "a person has your request", the person's replies, the survey at the end, a post in the
 * support channel. For the handoff module; Bot Framework types stay inside this package.
 */
public final class TeamsMessenger {
    private static final long SEND_TIMEOUT_SECONDS = 20;

    private final TeamsBotAdapter adapter;
    private final TeamsConversationReferences references;

    TeamsMessenger(TeamsBotAdapter adapter, TeamsConversationReferences references) {
        this.adapter = requireNonNull(adapter, "adapter is null");
        this.references = requireNonNull(references, "references is null");
    }

    /** Sends text into the Teams conversation of a Baton conversation; returns the new message's id. */
    public String sendToConversation(String batonConversationId, String text) {
        ConversationReference reference = references.forBatonConversation(batonConversationId)
                .orElseThrow(() -> new TeamsException(TeamsErrorCode.UNKNOWN_CONVERSATION, "Baton conversation "
                        + batonConversationId + " has no Teams conversation: it did not start in Teams, or its "
                        + "reference was never stored"));
        return send(reference, text);
    }

    /** Sends text into a Teams conversation by tenant and Teams conversation id (a support channel, say). */
    public String sendToTeamsConversation(String tenantId, String teamsConversationId, String text) {
        ConversationReference reference = references.find(tenantId, teamsConversationId)
                .orElseThrow(() -> new TeamsException(TeamsErrorCode.UNKNOWN_CONVERSATION, "Teams conversation "
                        + teamsConversationId + " in tenant " + tenantId + " is unknown: Baton must be added to it "
                        + "(and receive one activity there) before it can post"));
        return send(reference, text);
    }

    /** Starts a new post in a Teams channel; returns its id, which names the post's reply chain. */
    public String postToChannel(String channelId, String text) {
        return send(channelReference(channelId, channelId), text);
    }

    /** Replies in the reply chain of a channel post. */
    public String replyInChannelThread(String channelId, String rootId, String text) {
        return send(channelReference(channelId, channelId + TeamsInbound.MESSAGE_ID_MARKER + rootId), text);
    }

    private ConversationReference channelReference(String channelId, String conversationId) {
        ConversationReference known = references.inChannel(channelId).orElseThrow(() -> new TeamsException(
                TeamsErrorCode.UNKNOWN_CONVERSATION, "Baton cannot post in Teams channel " + channelId + " yet: add "
                        + "Baton to the team and @mention it once in that channel, so that Teams tells it where the channel is"));
        ConversationReference target = TeamsJson.MAPPER.convertValue(known, ConversationReference.class);
        target.getConversation().setId(conversationId);
        return target;
    }

    private String send(ConversationReference reference, String text) {
        requireNonNull(text, "text is null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a proactive message needs text");
        }
        // A new message, not a reply: in a channel conversation without ;messageid= that is a new
        // post, in a reply chain or chat a new message. (turn.sendActivity would reply to the SDK's
        // made-up continuation activity.)
        ConversationReference target = TeamsJson.MAPPER.convertValue(reference, ConversationReference.class);
        target.setActivityId(null);
        Activity message = MessageFactory.text(text);
        message.applyConversationReference(target, false);
        AtomicReference<String> id = new AtomicReference<>("");
        try {
            adapter.continueConversation(adapter.botAppId(), target, turn -> {
                        ConnectorClient connector = turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
                        return connector.getConversations().sendToConversation(message)
                                .thenAccept((ResourceResponse sent) -> id.set(
                                        sent == null || sent.getId() == null ? "" : sent.getId()));
                    })
                    .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TeamsException(TeamsErrorCode.CONNECTOR_FAILED, "Interrupted sending to Teams conversation "
                    + reference.getConversation().getId(), e);
        } catch (java.util.concurrent.ExecutionException | CompletionException | TimeoutException e) {
            throw new TeamsException(TeamsErrorCode.CONNECTOR_FAILED, "Could not send to Teams conversation "
                    + reference.getConversation().getId() + " through " + reference.getServiceUrl() + ": "
                    + e.getMessage(), e);
        }
        return id.get();
    }
}
