package dev.baton.bot.admin;

import java.util.List;

/** Proposed answers: knowledge entries drafted from resolved handoffs, to approve (as is or edited) or reject. */
final class ProposedPage {
    private ProposedPage() {}

    static String render(List<ProposedAnswer> pending) {
        StringBuilder body = new StringBuilder("<p class=\"note\">When a person resolves a request they answered, Baton "
                + "drafts a knowledge entry from the conversation. Approve it (edit first if needed) and it is added to "
                + "the knowledge base at once; reject what should not be reused.</p>");
        if (pending.isEmpty()) {
            body.append("<p class=\"empty\">No proposed answers are waiting.</p>");
        }
        for (ProposedAnswer proposal : pending) {
            String id = Html.text(proposal.id());
            body.append("<article class=\"review\" id=\"p-").append(id).append("\">")
                    .append("<form method=\"post\" action=\"/admin/proposed\" class=\"proposal\">")
                    .append("<input type=\"hidden\" name=\"id\" value=\"").append(id).append("\">")
                    .append("<label>Question <input name=\"question\" maxlength=\"500\" value=\"")
                    .append(Html.text(proposal.question())).append("\"></label>")
                    .append("<label>Answer <textarea name=\"answer\" rows=\"5\" maxlength=\"20000\">")
                    .append(Html.text(proposal.answer())).append("</textarea></label>");
            if (!proposal.sources().isEmpty()) {
                body.append("<p class=\"path\">Sources Baton had cited: ")
                        .append(Html.text(String.join(", ", proposal.sources()))).append("</p>");
            }
            body.append("<div class=\"buttons\"><button name=\"decision\" value=\"approve\">Approve and add to the "
                    + "knowledge base</button><button name=\"decision\" value=\"reject\" class=\"secondary\">Reject"
                    + "</button></div></form></article>");
        }
        return Html.page("Proposed answers", "proposed", body.toString());
    }
}
