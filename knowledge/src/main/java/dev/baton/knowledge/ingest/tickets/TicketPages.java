package dev.baton.knowledge.ingest.tickets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Resolved tickets as Markdown pages marked {@code kind: ticket}, one per ticket, in a folder Baton
 * owns: ingesting the folder then indexes them incrementally like any document (an unchanged ticket
 * is skipped, a changed one replaced, one gone from the export removed) and answers cite them as
 * similar past tickets.
 */
public final class TicketPages {
    private TicketPages() {}

    /** Writes a page per usable ticket into {@code folder}, removes pages of tickets no longer there; pages written. */
    public static int write(List<ResolvedTicket> tickets, Path folder) {
        try {
            Files.createDirectories(folder);
            Set<Path> kept = new HashSet<>();
            for (ResolvedTicket ticket : tickets) {
                if (!ticket.usable()) {
                    continue;
                }
                Path page = folder.resolve(fileName(ticket.id()));
                kept.add(page);
                String text = page(ticket);
                if (!Files.exists(page) || !Files.readString(page, StandardCharsets.UTF_8).equals(text)) {
                    Files.writeString(page, text, StandardCharsets.UTF_8);
                }
            }
            try (Stream<Path> existing = Files.list(folder)) {
                for (Path page : existing.filter(path -> path.toString().endsWith(".md")).toList()) {
                    if (!kept.contains(page)) {
                        Files.delete(page);
                    }
                }
            }
            return kept.size();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write ticket pages into " + folder, e);
        }
    }

    static String fileName(String id) {
        return "ticket-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + ".md";
    }

    static String page(ResolvedTicket ticket) {
        StringBuilder page = new StringBuilder("---\n")
                .append("title: \"Ticket ").append(yaml(ticket.id())).append(": ").append(yaml(ticket.subject()))
                .append("\"\n")
                .append("url: \"ticket:").append(yaml(ticket.id())).append("\"\n")
                .append("kind: ticket\n");
        ticket.product().ifPresent(product -> page.append("product: \"").append(yaml(product)).append("\"\n"));
        if (!ticket.accessTags().isEmpty()) {
            page.append("access: [").append(String.join(", ", ticket.accessTags().stream().sorted()
                    .map(tag -> "\"" + yaml(tag) + "\"").toList())).append("]\n");
        }
        // One section, so that a quote of it carries the problem and how it was solved together.
        page.append("---\n\n# ").append(ticket.subject().replace('\n', ' ')).append("\n\n")
                .append("**Resolution:** ").append(ticket.resolution().strip()).append("\n\n")
                .append("**Reported:** ").append(ticket.body().strip()).append('\n');
        ticket.resolved().ifPresent(when -> page.append("\n_Resolved ").append(when).append("._\n"));
        return page.toString();
    }

    private static String yaml(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ');
    }
}
