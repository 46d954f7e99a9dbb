package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import dev.baton.bot.assistant.Assistant;
import dev.baton.bot.assistant.IncomingMessage;
import dev.baton.bot.assistant.TurnResult;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.Feedback;
import dev.baton.bot.conversation.FeedbackStore;
import dev.baton.handoff.lifecycle.StaffThread;
import dev.baton.handoff.store.StaffThreadStore;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Teams turn: a message goes to the {@link Assistant} and comes back as an answer card; a card
 * button records feedback or asks for a human; the "human" command asks for a human; new members are
 * greeted once. Runs on a Teams turn thread, so it may block.
 */
final class BatonTeamsBot implements Bot {
    static final String ADAPTIVE_CARD_ACTION = "adaptiveCard/action";
    private static final Logger log = LoggerFactory.getLogger(BatonTeamsBot.class);

    private final Assistant assistant;
    private final ConversationStore conversations;
    private final FeedbackStore feedback;
    private final TeamsConversationReferences references;
    private final TeamsGreeter greeter;
    private final StaffThreadStore staffThreads;
    private final TeamsStaffActions staff;
    private final Clock clock;

    BatonTeamsBot(
            Assistant assistant,
            ConversationStore conversations,
            FeedbackStore feedback,
            TeamsConversationReferences references,
            TeamsGreetings greetings,
            StaffThreadStore staffThreads,
            TeamsStaffActions staff,
            Clock clock) {
        this.assistant = requireNonNull(assistant, "assistant is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.feedback = requireNonNull(feedback, "feedback is null");
        this.references = requireNonNull(references, "references is null");
        this.staffThreads = requireNonNull(staffThreads, "staffThreads is null");
        this.staff = requireNonNull(staff, "staff is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.greeter = new TeamsGreeter(requireNonNull(greetings, "greetings is null"), references, clock);
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        Activity activity = turn.getActivity();
        switch (Optional.ofNullable(activity.getType()).orElse("")) {
            case ActivityTypes.MESSAGE -> {
                if (activity.getValue() != null) {
                    send(turn, onCardSubmission(activity, TeamsJson.MAPPER.valueToTree(activity.getValue())));
                } else {
                    onMessage(turn, activity);
                }
            }
            case ActivityTypes.CONVERSATION_UPDATE -> greeter.greet(turn);
            case ActivityTypes.INVOKE -> onInvoke(turn, activity);
            default -> log.debug("Ignoring Teams {} activity", activity.getType());
        }
        return CompletableFuture.completedFuture(null);
    }

    private void onMessage(TurnContext turn, Activity activity) {
        if (TeamsInbound.isChannel(activity) && !TeamsInbound.mentionsBot(activity)) {
            return; // In a channel Baton answers only when @mentioned.
        }
        String text = TeamsInbound.text(activity);
        if (TeamsInbound.isChannel(activity)) {
            ConversationKey key = TeamsInbound.key(activity);
            StaffThread thread = new StaffThread(TeamsStaffDesk.SURFACE, key.channel(), key.thread());
            Optional<String> ticket = key.thread().isBlank() ? Optional.empty() : staffThreads.ticketIn(thread);
            if (ticket.isPresent()) {
                staff.act(turn, activity, thread, ticket.get(), text);
                return;
            }
        }
        if (text.isEmpty()) {
            send(turn, MessageFactory.text("Ask me a question, or type \"human\" to reach a person from the support team."));
            return;
        }
        IncomingMessage message = TeamsInbound.message(activity, text);
        TurnResult result = isHumanCommand(text)
                ? assistant.requestHuman(TeamsInbound.message(activity, ""), "explicit request: the \"human\" command")
                : assistant.handle(message);
        remember(activity, result.conversation().id());
        send(turn, render(result));
    }

    private Activity onCardSubmission(Activity activity, JsonNode data) {
        CardSubmission submission = CardSubmission.from(data);
        return switch (submission) {
            case CardSubmission.TalkToHuman human -> {
                TurnResult.HandedOff handedOff = assistant.requestHuman(TeamsInbound.message(activity, ""),
                        "explicit request: the \"Talk to a human\" button");
                remember(activity, handedOff.conversation().id());
                yield MessageFactory.text(handedOff.reply());
            }
            case CardSubmission.Feedback vote -> recordFeedback(activity, vote);
            case CardSubmission.Unrecognised unrecognised -> {
                log.warn("Ignoring a card submission in Teams conversation {}: {}",
                        activity.getConversation().getId(), unrecognised.why());
                yield MessageFactory.text("Sorry, I did not recognise that button. Ask me again, or type \"human\".");
            }
        };
    }

    private Activity recordFeedback(Activity activity, CardSubmission.Feedback vote) {
        boolean ours = conversations.find(vote.batonConversationId())
                .map(conversation -> conversation.key().equals(TeamsInbound.key(activity)))
                .orElse(false);
        if (!ours) {
            log.warn("Feedback for conversation {} arrived from another Teams conversation; ignored",
                    vote.batonConversationId());
            return MessageFactory.text("Sorry, that card belongs to another conversation, so I could not record your feedback.");
        }
        feedback.record(new Feedback(vote.batonConversationId(), vote.answerId(),
                TeamsInbound.user(activity).id(), vote.verdict() == FeedbackVerdict.HELPFUL, clock.instant()));
        return MessageFactory.text(switch (vote.verdict()) {
            case HELPFUL -> "Thanks for the feedback, glad it helped.";
            case NOT_HELPFUL -> "Thanks for telling me. Try asking in other words, or choose \"Talk to a human\" "
                    + "and a person from the support team will take over.";
        });
    }

    private void onInvoke(TurnContext turn, Activity activity) {
        if (!ADAPTIVE_CARD_ACTION.equals(activity.getName())) {
            turn.sendActivity(invokeResponse(new InvokeResponse(501, null))).join();
            return;
        }
        JsonNode data = TeamsJson.MAPPER.valueToTree(activity.getValue()).path("action").path("data");
        Activity reply = onCardSubmission(activity, data);
        turn.sendActivity(invokeResponse(new InvokeResponse(200, Map.of(
                "statusCode", 200, "type", "application/vnd.microsoft.activity.message", "value", reply.getText()))))
                .join();
    }

    private static Activity invokeResponse(InvokeResponse response) {
        Activity activity = new Activity(ActivityTypes.INVOKE_RESPONSE);
        activity.setValue(response);
        return activity;
    }

    private Activity render(TurnResult result) {
        return switch (result) {
            case TurnResult.Answered answered -> MessageFactory.attachment(AnswerCard.attachment(
                    answered.answer(), answered.conversation().id(), UUID.randomUUID().toString()));
            case TurnResult.HandedOff handedOff -> MessageFactory.text(handedOff.reply());
            case TurnResult.WithHuman withHuman -> MessageFactory.text(withHuman.reply());
            case TurnResult.Acknowledged acknowledged -> MessageFactory.text(acknowledged.reply());
            case TurnResult.KnowledgeUnavailable unavailable -> MessageFactory.text(unavailable.reply());
        };
    }

    private void remember(Activity activity, String batonConversationId) {
        references.save(TeamsInbound.tenant(activity), Optional.of(batonConversationId),
                activity.getConversationReference(), clock.instant());
    }

    private static void send(TurnContext turn, Activity reply) {
        turn.sendActivity(reply).join();
    }

    static boolean isHumanCommand(String text) {
        String command = text.strip().toLowerCase(Locale.ROOT);
        return command.equals("human") || command.equals("/human");
    }
}
