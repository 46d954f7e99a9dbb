package dev.baton.bot.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.Citation;
import java.util.Locale;

/**
 * An answer as an Adaptive Card (schema 1.5, which Teams renders): the text, its numbered sources
 * (linked when the source has a web address), and Helpful / Not helpful / Talk to a human buttons. The
 * buttons are {@code Action.Submit}: Teams sends their data back as a message activity whose
 * {@code value} is the data, which {@link CardSubmission} reads.
 */
final class AnswerCard {
    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    private static final int MAX_SOURCES = 5;

    private AnswerCard() {}

    static Attachment attachment(Answer answer, String batonConversationId, String answerId) {
        ObjectNode card = TeamsJson.MAPPER.createObjectNode();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", answer.text()).put("wrap", true);
        if (!answer.citations().isEmpty()) {
            body.addObject().put("type", "TextBlock").put("text", answer.abstained() ? "Closest sources" : "Sources")
                    .put("weight", "Bolder").put("size", "Small").put("spacing", "Medium");
            answer.citations().stream().limit(MAX_SOURCES).forEach(citation -> body.addObject()
                    .put("type", "TextBlock").put("text", sourceLine(citation)).put("wrap", true)
                    .put("size", "Small").put("spacing", "None"));
        }
        ArrayNode actions = card.putArray("actions");
        addSubmit(actions, "Helpful", feedbackData(batonConversationId, answerId, FeedbackVerdict.HELPFUL));
        addSubmit(actions, "Not helpful", feedbackData(batonConversationId, answerId, FeedbackVerdict.NOT_HELPFUL));
        ObjectNode human = TeamsJson.MAPPER.createObjectNode()
                .put(CardSubmission.ACTION, CardSubmission.HUMAN)
                .put(CardSubmission.CONVERSATION, batonConversationId);
        addSubmit(actions, "Talk to a human", human);

        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(card);
        return attachment;
    }

    /** "[1] [Title](https://…) · Section", or the title and location as plain text when not a web address. */
    static String sourceLine(Citation citation) {
        String title = escape(citation.title());
        String location = citation.location();
        String lower = location.toLowerCase(Locale.ROOT);
        String named = lower.startsWith("https://") || lower.startsWith("http://")
                ? "[" + title + "](" + location.replace(")", "%29").replace(" ", "%20") + ")"
                : title + (location.isBlank() ? "" : " (" + escape(location) + ")");
        String section = citation.section().isBlank() || citation.section().equals(citation.title())
                ? "" : " · " + escape(citation.section());
        return "[" + citation.number() + "] " + named + section;
    }

    private static ObjectNode feedbackData(String conversation, String answerId, FeedbackVerdict verdict) {
        return TeamsJson.MAPPER.createObjectNode()
                .put(CardSubmission.ACTION, CardSubmission.FEEDBACK)
                .put(CardSubmission.VERDICT, verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .put(CardSubmission.CONVERSATION, conversation)
                .put(CardSubmission.ANSWER, answerId);
    }

    private static void addSubmit(ArrayNode actions, String title, ObjectNode data) {
        actions.addObject().put("type", "Action.Submit").put("title", title).set("data", data);
    }

    /** Card text is Markdown: brackets in a title would start a link. */
    private static String escape(String text) {
        return text.replace("[", "\\[").replace("]", "\\]");
    }
}
