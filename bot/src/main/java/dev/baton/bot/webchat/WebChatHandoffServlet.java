package dev.baton.bot.webchat;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.bot.conversation.Surface;
import dev.baton.bot.server.HttpProblem;
import dev.baton.bot.server.JsonServlet;
import dev.baton.handoff.lifecycle.HandoffException;
import dev.baton.handoff.lifecycle.HandoffService;
import dev.baton.handoff.lifecycle.HandoffState;
import dev.baton.handoff.lifecycle.HandoffSurveys;
import dev.baton.handoff.lifecycle.HandoffTicket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web chat's side of a handoff: {@code GET /api/webchat/handoff/updates?sessionId=…&after=…}
 * returns what the humans said since {@code after} (epoch milliseconds) and whether a survey is due;
 * {@code POST /api/webchat/handoff/survey} records the requester's 1-5 rating.
 */
public final class WebChatHandoffServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final int HISTORY = 200;

    private final transient ConversationStore conversations;
    private final transient HandoffService handoffs;
    private final transient HandoffSurveys surveys;

    public WebChatHandoffServlet(ConversationStore conversations, HandoffService handoffs, HandoffSurveys surveys) {
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.handoffs = requireNonNull(handoffs, "handoffs is null");
        this.surveys = requireNonNull(surveys, "surveys is null");
    }

    static ConversationKey keyOf(String sessionId) {
        return new ConversationKey(Surface.WEBCHAT, "local", "webchat", sessionId);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (!"/updates".equals(request.getPathInfo())) {
                throw new BadRequest(404, "path", "no such web chat handoff resource: " + request.getPathInfo(),
                        "GET /api/webchat/handoff/updates?sessionId=…&after=…");
            }
            String sessionId = session(request.getParameter("sessionId"));
            Instant after = after(request.getParameter("after"));
            Optional<Conversation> conversation = conversations.find(keyOf(sessionId));
            if (conversation.isEmpty()) {
                write(response, 200, new WebChatUpdates(List.of(), Optional.empty(), Optional.empty()));
                return;
            }
            List<WebChatUpdate> messages = conversations.history(conversation.get().id(), HISTORY).stream()
                    .filter(message -> message.at().isAfter(after))
                    .filter(message -> message.role() == MessageRole.HUMAN_AGENT || message.role() == MessageRole.SYSTEM)
                    .map(WebChatHandoffServlet::update)
                    .toList();
            Optional<HandoffTicket> latest = handoffs.latestFor(conversation.get().id());
            Optional<String> survey = latest
                    .filter(ticket -> ticket.state() == HandoffState.RESOLVED)
                    .filter(ticket -> surveys.answerOf(ticket.id()).isEmpty())
                    .map(HandoffTicket::id);
            write(response, 200, new WebChatUpdates(messages, latest.map(t -> t.state().label()), survey));
        } catch (BadRequest e) {
            writeProblem(response, e.problem());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (!"/survey".equals(request.getPathInfo())) {
                throw new BadRequest(404, "path", "no such web chat handoff action: " + request.getPathInfo(),
                        "POST to /api/webchat/handoff/survey");
            }
            WebChatSurveyRequest body = readBody(request, WebChatSurveyRequest.class);
            String sessionId = session(body.sessionId());
            if (body.ticketId() == null || body.ticketId().isBlank()) {
                throw new BadRequest(400, "ticketId", "ticketId is missing", "send the ticket the survey is about");
            }
            if (body.score() == null) {
                throw new BadRequest(400, "score", "score is missing", "send a whole number from 1 to 5");
            }
            write(response, 200, surveys.answer(body.ticketId(), "webchat:" + sessionId, body.score()));
        } catch (BadRequest e) {
            writeProblem(response, e.problem());
        } catch (HandoffException e) {
            writeProblem(response, new HttpProblem(409, e.getMessage(), "ticketId",
                    "rate a request of your own once it is resolved, from 1 to 5"));
        }
    }

    private static String session(String sessionId) {
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches()) {
            throw new BadRequest(400, "sessionId", "sessionId must be 8 to 64 letters, digits or dashes",
                    "reload the page to get a new session");
        }
        return sessionId;
    }

    private static Instant after(String after) {
        if (after == null || after.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(after.strip()));
        } catch (NumberFormatException e) {
            throw new BadRequest(400, "after", "after must be a time in epoch milliseconds, not " + after,
                    "send the 'at' of the last message you have, or nothing for all");
        }
    }

    private static WebChatUpdate update(Message message) {
        String kind = message.role() == MessageRole.HUMAN_AGENT ? "agent" : "status";
        String author = message.role() == MessageRole.HUMAN_AGENT ? "Support team" : "Baton";
        return new WebChatUpdate(message.id(), kind, author, message.text(), message.at());
    }
}
