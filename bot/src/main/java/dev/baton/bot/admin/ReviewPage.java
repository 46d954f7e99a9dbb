package dev.baton.bot.admin;

import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conversation review: each picked conversation's transcript, sources and reasons, and the cause form. */
final class ReviewPage {
    private ReviewPage() {}

    static String render(List<ReviewItem> items, Map<ReviewCause, Integer> causes, int days, Optional<String> flag) {
        StringBuilder body = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/admin/review\">")
                .append("<label>Show <select name=\"flag\"><option value=\"\">everything flagged</option>");
        for (String option : ReviewQueue.FLAGS) {
            body.append("<option").append(flag.filter(option::equals).isPresent() ? " selected" : "").append('>')
                    .append(Html.text(option)).append("</option>");
        }
        body.append("</select></label><input type=\"hidden\" name=\"days\" value=\"").append(days)
                .append("\"><button>Apply</button></form>");
        body.append("<p class=\"note\">Causes found so far: ");
        for (ReviewCause cause : ReviewCause.values()) {
            body.append(Html.text(cause.label())).append(" ").append(causes.getOrDefault(cause, 0)).append(" · ");
        }
        body.setLength(body.length() - 3);
        body.append("</p>");
        if (items.isEmpty()) {
            body.append("<p class=\"empty\">Nothing to review in the last ").append(days).append(" days.</p>");
        }
        for (ReviewItem item : items) {
            body.append(item(item, days, flag));
        }
        return Html.page("Conversation review", "review", body.toString());
    }

    private static String item(ReviewItem item, int days, Optional<String> flag) {
        String id = item.facts().conversationId();
        StringBuilder html = new StringBuilder("<article class=\"review\" id=\"c-").append(Html.text(id)).append("\">")
                .append("<header><span class=\"tag-list\">");
        item.flags().forEach(f -> html.append("<span class=\"flag\">").append(Html.text(f)).append("</span>"));
        html.append("</span> <span class=\"path\">").append(Html.text(item.facts().surface().toLowerCase()))
                .append(" · ").append(Html.text(item.facts().channel())).append(" · ")
                .append(Html.text(item.outcome().label())).append("</span></header>");
        item.facts().ticket().ifPresent(ticket -> html.append("<p class=\"reasons\">Escalated because: ")
                .append(Html.text(String.join("; ", ticket.reasons()))).append("</p>"));
        html.append("<ol class=\"transcript\">");
        for (Message message : item.transcript()) {
            html.append("<li class=\"").append(message.role().name().toLowerCase()).append("\"><b>")
                    .append(speaker(message.role())).append("</b> ").append(Html.text(message.text()));
            message.confidence().ifPresent(c -> html.append(" <span class=\"path\">(confidence ")
                    .append(String.format("%.2f", c)).append(")</span>"));
            if (!message.citations().isEmpty()) {
                html.append("<div class=\"path\">Sources: ");
                message.citations().forEach(c -> html.append(Html.text(c.title())).append(" — ")
                        .append(Html.text(c.location())).append("; "));
                html.append("</div>");
            }
            html.append("</li>");
        }
        html.append("</ol><form method=\"post\" action=\"/admin/review\" class=\"tag-form\">")
                .append("<input type=\"hidden\" name=\"conversation\" value=\"").append(Html.text(id)).append("\">")
                .append("<input type=\"hidden\" name=\"days\" value=\"").append(days).append("\">")
                .append("<input type=\"hidden\" name=\"flag\" value=\"").append(Html.text(flag.orElse(""))).append("\">")
                .append("<label>Cause <select name=\"cause\">");
        for (ReviewCause cause : ReviewCause.values()) {
            boolean chosen = item.tag().map(ReviewTag::cause).filter(cause::equals).isPresent();
            html.append("<option value=\"").append(cause.value()).append('"').append(chosen ? " selected" : "")
                    .append(" title=\"").append(Html.text(cause.meaning())).append("\">")
                    .append(Html.text(cause.label())).append("</option>");
        }
        html.append("</select></label><label>Note <input name=\"note\" maxlength=\"2000\" value=\"")
                .append(Html.text(item.tag().map(ReviewTag::note).orElse(""))).append("\"></label><button>")
                .append(item.tag().isPresent() ? "Update" : "Save").append("</button>");
        item.tag().ifPresent(tag -> html.append(" <span class=\"path\">tagged ").append(Html.text(tag.cause().label()))
                .append("</span>"));
        return html.append("</form></article>").toString();
    }

    private static String speaker(MessageRole role) {
        return switch (role) {
            case USER -> "Asker:";
            case ASSISTANT -> "Baton:";
            case HUMAN_AGENT -> "Support:";
            case SYSTEM -> "Note:";
        };
    }
}
