package dev.baton.bot.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The overview: the headline numbers, outcomes per day with the escalation rate against its 20–40% band. */
final class OverviewPage {
    private static final int CHART_WIDTH = 760;
    private static final int CHART_HEIGHT = 220;
    private static final Map<Outcome, String> COLOURS = Map.of(
            Outcome.RESOLVED_BY_AI_CONFIRMED, "#2f5bd3",
            Outcome.RESOLVED_BY_AI_ASSUMED, "#8ea8ee",
            Outcome.ESCALATED, "#f79009",
            Outcome.RESOLVED_BY_HUMAN, "#12b76a",
            Outcome.ABANDONED, "#f04438",
            Outcome.IN_PROGRESS, "#d0d5dd");

    private OverviewPage() {}

    static String render(Overview overview, int days, Optional<String> channel, Optional<String> category) {
        StringBuilder body = new StringBuilder();
        body.append(filters(overview, days, channel, category));
        body.append("<section class=\"tiles\">")
                .append(tile("Conversations", Integer.toString(overview.conversations()), "started in the last " + days + " days"))
                .append(tile("Containment", Html.percent(overview.containment()), "resolved by Baton, of those decided"))
                .append(tile("Escalation rate", Html.percent(overview.escalationRate()), "target band 20–40%"))
                .append(tile("CSAT", overview.csat().map(v -> String.format("%.1f / 5", v)).orElse("–"),
                        overview.surveys() + " survey answers"))
                .append(tile("Time to resolution", Html.duration(overview.medianTimeToResolutionAi()) + " · "
                        + Html.duration(overview.medianTimeToResolutionEscalated()), "median: Baton · with a person"))
                .append(tile("First response", Html.duration(overview.medianTimeToFirstResponse()), "median"))
                .append("</section>");
        body.append("<section><h2>Outcomes per day</h2>").append(chart(overview.days())).append(legend()).append("</section>");
        body.append("<section><h2>Outcomes</h2><table><thead><tr><th>Outcome</th><th>Conversations</th></tr></thead><tbody>");
        for (Outcome outcome : Outcome.values()) {
            body.append("<tr><td><span class=\"swatch ").append(swatch(outcome)).append("\"></span>")
                    .append(Html.text(outcome.label())).append("</td><td>")
                    .append(overview.outcomes().getOrDefault(outcome, 0)).append("</td></tr>");
        }
        body.append("</tbody></table><p class=\"note\">Resolved by Baton (confirmed) needs a 👍 or a survey score of 4–5; "
                + "(assumed) means a confident answer and then silence. They are never added together here.</p></section>");
        return Html.page("Overview", "overview", body.toString());
    }

    private static String filters(Overview overview, int days, Optional<String> channel, Optional<String> category) {
        StringBuilder form = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/admin\">");
        form.append("<label>Period <select name=\"days\">");
        for (int option : List.of(7, 30, 90)) {
            form.append("<option value=\"").append(option).append('"').append(option == days ? " selected" : "")
                    .append(">last ").append(option).append(" days</option>");
        }
        form.append("</select></label>").append(select("channel", "Channel", overview.channels(), channel))
                .append(select("category", "Category", overview.categories(), category))
                .append("<button>Apply</button></form>");
        return form.toString();
    }

    private static String select(String name, String label, List<String> options, Optional<String> chosen) {
        StringBuilder select = new StringBuilder("<label>").append(label).append(" <select name=\"").append(name)
                .append("\"><option value=\"\">all</option>");
        for (String option : options) {
            select.append("<option value=\"").append(Html.text(option)).append('"')
                    .append(chosen.filter(option::equals).isPresent() ? " selected" : "").append('>')
                    .append(Html.text(option)).append("</option>");
        }
        return select.append("</select></label>").toString();
    }

    private static String tile(String title, String value, String note) {
        return "<div class=\"tile\"><div class=\"tile-title\">" + Html.text(title) + "</div><div class=\"tile-value\">"
                + Html.text(value) + "</div><div class=\"tile-note\">" + Html.text(note) + "</div></div>";
    }

    /** Stacked bars of outcomes per day, the escalation rate as a line, and the 20–40% target band. */
    static String chart(List<Overview.Day> days) {
        if (days.isEmpty()) {
            return "<p class=\"empty\">No conversations in this period yet.</p>";
        }
        int max = days.stream().mapToInt(Overview.Day::conversations).max().orElse(1);
        double slot = (double) CHART_WIDTH / days.size();
        double barWidth = Math.min(48, Math.max(2, slot * 0.7));
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" viewBox=\"0 0 " + CHART_WIDTH + " " + (CHART_HEIGHT + 24)
                + "\" role=\"img\" aria-label=\"Outcomes per day and escalation rate\">");
        double bandTop = CHART_HEIGHT * (1 - 0.4);
        double bandBottom = CHART_HEIGHT * (1 - 0.2);
        svg.append(String.format("<rect class=\"band\" x=\"0\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"><title>Escalation "
                + "rate target band: 20–40%%</title></rect>", bandTop, CHART_WIDTH, bandBottom - bandTop));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            Overview.Day day = days.get(i);
            double x = i * slot + (slot - barWidth) / 2;
            double y = CHART_HEIGHT;
            for (Outcome outcome : Outcome.values()) {
                int count = day.outcomes().getOrDefault(outcome, 0);
                if (count == 0) {
                    continue;
                }
                double height = (double) count / max * (CHART_HEIGHT - 10);
                y -= height;
                svg.append(String.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                                + "<title>%s: %d %s</title></rect>", x, y, barWidth, height, COLOURS.get(outcome),
                        day.date(), count, Html.text(outcome.label())));
            }
            if (day.escalationRate().isPresent()) {
                double px = i * slot + slot / 2;
                double py = CHART_HEIGHT * (1 - day.escalationRate().get());
                line.append(line.isEmpty() ? "M" : " L").append(String.format("%.1f %.1f", px, py));
                svg.append(String.format("<circle class=\"rate-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"><title>%s: "
                        + "escalation rate %s</title></circle>", px, py, day.date(), Html.percent(day.escalationRate())));
            }
            if (days.size() <= 31 && (i % Math.max(1, days.size() / 8) == 0)) {
                svg.append(String.format("<text x=\"%.1f\" y=\"%d\" class=\"axis\">%s</text>", i * slot + slot / 2,
                        CHART_HEIGHT + 16, day.date().toString().substring(5)));
            }
        }
        if (!line.isEmpty()) {
            svg.append("<path class=\"rate\" d=\"").append(line).append("\"><title>Escalation rate per day</title></path>");
        }
        return svg.append("</svg>").toString();
    }

    /** The swatch's CSS class; the page's Content-Security-Policy allows no inline styles. */
    private static String swatch(Outcome outcome) {
        return "o-" + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String legend() {
        StringBuilder legend = new StringBuilder("<ul class=\"legend\">");
        for (Outcome outcome : Outcome.values()) {
            legend.append("<li><span class=\"swatch ").append(swatch(outcome)).append("\"></span>")
                    .append(Html.text(outcome.label())).append("</li>");
        }
        return legend.append("<li><span class=\"swatch line\"></span>escalation rate (band: 20–40% target)</li></ul>").toString();
    }
}
