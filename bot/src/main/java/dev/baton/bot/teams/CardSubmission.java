package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What a button on an answer card sent back: from a message activity's {@code value} (Action.Submit,
 * message-back) or an {@code adaptiveCard/action} invoke's {@code value.action.data} (Action.Execute).
 */
sealed interface CardSubmission {
    String ACTION = "baton";
    String FEEDBACK = "feedback";
    String HUMAN = "human";
    String VERDICT = "verdict";
    String CONVERSATION = "conversation";
    String ANSWER = "answer";

    record Feedback(String batonConversationId, String answerId, FeedbackVerdict verdict) implements CardSubmission {
        public Feedback {
            requireNonNull(batonConversationId, "batonConversationId is null");
            requireNonNull(answerId, "answerId is null");
            requireNonNull(verdict, "verdict is null");
        }
    }

    record TalkToHuman() implements CardSubmission {}

    /** Data Baton did not put on a card (another app's card, a tampered payload). */
    record Unrecognised(String why) implements CardSubmission {}

    static CardSubmission from(JsonNode data) {
        if (data == null || !data.isObject()) {
            return new Unrecognised("the submitted data is not a JSON object");
        }
        String action = data.path(ACTION).asText("");
        return switch (action) {
            case HUMAN -> new TalkToHuman();
            case FEEDBACK -> feedback(data);
            default -> new Unrecognised("unknown card action \"" + action + "\"");
        };
    }

    private static CardSubmission feedback(JsonNode data) {
        Optional<FeedbackVerdict> verdict = switch (data.path(VERDICT).asText("")) {
            case "helpful" -> Optional.of(FeedbackVerdict.HELPFUL);
            case "not-helpful" -> Optional.of(FeedbackVerdict.NOT_HELPFUL);
            default -> Optional.empty();
        };
        String conversation = data.path(CONVERSATION).asText("");
        String answer = data.path(ANSWER).asText("");
        if (verdict.isEmpty() || conversation.isBlank() || answer.isBlank()) {
            return new Unrecognised("feedback needs verdict (helpful or not-helpful), conversation and answer");
        }
        return new Feedback(conversation, answer, verdict.get());
    }
}
