package dev.baton.bot.webchat;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.assistant.Assistant;
import dev.baton.bot.access.Audience;
import dev.baton.bot.assistant.IncomingMessage;
import dev.baton.bot.assistant.TurnResult;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.conversation.Surface;
import dev.baton.bot.server.JsonServlet;
import dev.baton.knowledge.answer.Answer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web chat's JSON API: {@code POST /api/webchat/messages} answers one message and {@code POST
 * /api/webchat/human} hands the conversation to a person. A browser session is one conversation.
 */
public final class WebChatServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(WebChatServlet.class);
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final transient Assistant assistant;
    private final transient WebChatConfig config;

    public WebChatServlet(Assistant assistant, WebChatConfig config) {
        this.assistant = requireNonNull(assistant, "assistant is null");
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String action = Optional.ofNullable(request.getPathInfo()).orElse("");
            WebChatRequest body = readBody(request, WebChatRequest.class);
            IncomingMessage message = toMessage(body, action.equals("/human"));
            WebChatReply reply = switch (action) {
                case "/messages" -> render(assistant.handle(message));
                case "/human" -> render(assistant.requestHuman(message, "explicit request: the \"Talk to a human\" button"));
                default -> throw new BadRequest(404, "path", "no such web chat action: " + action,
                        "POST to /api/webchat/messages or /api/webchat/human");
            };
            write(response, 200, reply);
        } catch (BadRequest e) {
            writeProblem(response, e.problem());
        } catch (RuntimeException e) {
            log.error("Web chat turn failed", e);
            write(response, 500, new WebChatReply("", "error",
                    "Sorry, something went wrong on my side and I could not answer. Please try again, "
                            + "or use \"Talk to a human\" to reach a person.",
                    List.of(), Optional.empty(), true, Optional.empty()));
        }
    }

    private IncomingMessage toMessage(WebChatRequest body, boolean textOptional) {
        if (body.sessionId() == null || !SESSION_ID.matcher(body.sessionId()).matches()) {
            throw new BadRequest(400, "sessionId", "sessionId must be 8 to 64 letters, digits or dashes",
                    "reload the page to get a new session");
        }
        String text = body.text().strip();
        if (text.isEmpty() && !textOptional) {
            throw new BadRequest(400, "text", "the message is empty", "type a question");
        }
        if (text.length() > config.maxMessageChars()) {
            throw new BadRequest(413, "text", "the message has " + text.length() + " characters; the limit is "
                    + config.maxMessageChars(), "shorten it or split it into several messages");
        }
        String name = body.name().orElse("Web chat visitor");
        return new IncomingMessage(
                new ConversationKey(Surface.WEBCHAT, "local", "webchat", body.sessionId()),
                new Participant("webchat:" + body.sessionId(), name),
                withAccessTags(CustomerContext.unknown(), config.accessTags()),
                text,
                // One browser reads the console: a direct conversation with the person at it.
                Audience.onlyTheAsker());
    }

    private static CustomerContext withAccessTags(CustomerContext context, java.util.Set<String> tags) {
        return new CustomerContext(context.title(), context.timeZone(), context.account(), context.tier(),
                context.highValue(), context.product(), tags, context.earlierTickets());
    }

    private static WebChatReply render(TurnResult result) {
        String conversation = result.conversation().id();
        return switch (result) {
            case TurnResult.Answered answered -> {
                Answer answer = answered.answer();
                yield new WebChatReply(conversation, "answer", answer.text(), answer.citations(),
                        Optional.of(answer.confidence()), answer.abstained(), Optional.empty());
            }
            case TurnResult.HandedOff handedOff -> new WebChatReply(conversation, "handoff", handedOff.reply(),
                    List.of(), Optional.empty(), false, Optional.of(handedOff.ticket().id()));
            case TurnResult.WithHuman withHuman -> new WebChatReply(conversation, "with-human", withHuman.reply(),
                    List.of(), Optional.empty(), false, Optional.of(withHuman.ticket().id()));
            case TurnResult.Acknowledged acknowledged -> new WebChatReply(conversation, "acknowledged",
                    acknowledged.reply(), List.of(), Optional.empty(), false, Optional.empty());
            case TurnResult.KnowledgeUnavailable unavailable -> new WebChatReply(conversation, "unavailable",
                    unavailable.reply(), List.of(), Optional.empty(), true, Optional.empty());
        };
    }
}
