package dev.baton.bot.admin;

import dev.baton.handoff.lifecycle.HandoffState;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.SlaTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The handoff queue: what waits, what is held and by whom, and what is past its SLA. */
final class QueuePage {
    private QueuePage() {}

    static String render(List<HandoffTicket> active, Map<String, Optional<SlaTimer>> timers, Instant now) {
        long open = active.stream().filter(ticket -> ticket.state() == HandoffState.OPEN).count();
        long breached = timers.values().stream().flatMap(Optional::stream).filter(timer -> timer.pages() > 0).count();
        StringBuilder body = new StringBuilder("<section class=\"tiles\">")
                .append(tile("Waiting for a claim", Long.toString(open)))
                .append(tile("Held by a person", Long.toString(active.size() - open)))
                .append(tile("Past their SLA", Long.toString(breached)))
                .append("</section>");
        if (active.isEmpty()) {
            return Html.page("Handoff queue", "queue", body + "<p class=\"empty\">Nobody is waiting for a person.</p>");
        }
        body.append("<table><thead><tr><th>Request</th><th>State</th><th>Requester</th><th>Category</th><th>Why</th>"
                + "<th>Waiting</th><th>Held by</th><th>SLA</th></tr></thead><tbody>");
        for (HandoffTicket ticket : active) {
            Optional<SlaTimer> timer = timers.getOrDefault(ticket.id(), Optional.empty());
            String sla = timer.map(t -> t.pages() > 0
                            ? "<span class=\"bad\">breached, paged " + t.pages() + "×</span>"
                            : "due in " + Html.duration(Duration.between(now, t.dueAt()).isNegative()
                                    ? Duration.ZERO : Duration.between(now, t.dueAt())))
                    .orElse(ticket.state() == HandoffState.CLAIMED ? "met" : "–");
            body.append("<tr><td><code>#").append(Html.text(ticket.id().substring(0, Math.min(8, ticket.id().length()))))
                    .append("</code></td><td>").append(Html.text(ticket.state().label()))
                    .append("</td><td>").append(Html.text(ticket.requester().name()))
                    .append("</td><td>").append(Html.text(ticket.category().orElse("–")))
                    .append("</td><td>").append(Html.text(String.join("; ", ticket.reasons())))
                    .append("</td><td>").append(Html.duration(Duration.between(ticket.openedAt(), now)))
                    .append("</td><td>").append(Html.text(ticket.claimedBy().orElse("–")))
                    .append("</td><td>").append(sla).append("</td></tr>");
        }
        body.append("</tbody></table>");
        return Html.page("Handoff queue", "queue", body.toString());
    }

    private static String tile(String title, String value) {
        return "<div class=\"tile\"><div class=\"tile-title\">" + Html.text(title) + "</div><div class=\"tile-value\">"
                + Html.text(value) + "</div></div>";
    }
}
