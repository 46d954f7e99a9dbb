package dev.baton.bot.admin;

import java.util.List;

/** Knowledge gaps: unanswered questions grouped by topic, and which sources answers cite. */
final class GapsPage {
    private GapsPage() {}

    static String render(List<KnowledgeGaps.Gap> gaps, List<KnowledgeGaps.SourceUse> sources, int days) {
        StringBuilder body = new StringBuilder("<p class=\"note\">Questions from the last ").append(days)
                .append(" days that Baton answered with \"I'm not sure\", grouped by meaning. The largest group is the "
                        + "article to write next.</p>");
        if (gaps.isEmpty()) {
            body.append("<p class=\"empty\">No unanswered questions in this period.</p>");
        } else {
            body.append("<table><thead><tr><th>Asked</th><th>Questions (as people wrote them)</th></tr></thead><tbody>");
            for (KnowledgeGaps.Gap gap : gaps) {
                body.append("<tr><td class=\"num\">").append(gap.count()).append("×</td><td><ul class=\"questions\">");
                gap.questions().forEach(q -> body.append("<li>").append(Html.text(q)).append("</li>"));
                body.append("</ul></td></tr>");
            }
            body.append("</tbody></table>");
        }
        body.append("<h2>Sources cited</h2>");
        if (sources.isEmpty()) {
            body.append("<p class=\"empty\">No answer cited a source in this period.</p>");
        } else {
            body.append("<table><thead><tr><th>Source</th><th>Cited</th></tr></thead><tbody>");
            for (KnowledgeGaps.SourceUse source : sources) {
                body.append("<tr><td>").append(Html.text(source.title())).append(" <span class=\"path\">")
                        .append(Html.text(source.location())).append("</span></td><td class=\"num\">")
                        .append(source.citations()).append("</td></tr>");
            }
            body.append("</tbody></table><p class=\"note\">Least cited at the bottom: pages nobody's answers use may be "
                    + "out of date, hard to find, or not needed.</p>");
        }
        return Html.page("Knowledge gaps", "gaps", body.toString());
    }
}
