package dev.baton.knowledge.ingest.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestTicketFile {
    @TempDir
    Path directory;

    @Test
    void readsJsonLinesKeepingGoodRowsAndNamingBadOnes() throws IOException {
        Path file = directory.resolve("export.jsonl");
        Files.writeString(file, """
                {"id":"T-1","subject":"VPN","body":"Drops hourly","resolution":"Reinstalled the profile","status":"Resolved","product":"it"}

                {"id":"T-2","subject":"Leave","body":"Balance wrong","status":"open"}
                {"id":"T-3","subject":"","body":"x","status":"closed"}
                not json
                """);

        TicketFile.Contents contents = TicketFile.read(file);

        assertThat(contents.tickets()).extracting(ResolvedTicket::id).containsExactly("T-1", "T-2");
        assertThat(contents.tickets().get(0).product()).contains("it");
        assertThat(contents.tickets().get(0).usable()).isTrue();
        assertThat(contents.tickets().get(1).usable()).as("open, no resolution").isFalse();
        assertThat(contents.problems()).containsExactly(
                "line 4: missing subject (every ticket needs id, subject, body, status)",
                "line 5: not a JSON object (Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'))");
    }

    @Test
    void readsCsvWithAHeaderRowIncludingQuotedCommasAndNewlines() throws IOException {
        Path file = directory.resolve("export.csv");
        Files.writeString(file, """
                id,subject,body,resolution,status,resolved
                T-9,"Printer, 3rd floor","Jams on
                every job","Replaced the fuser",solved,2026-01-02
                T-10,Laptop,Slow,,pending,
                """);

        TicketFile.Contents contents = TicketFile.read(file);

        assertThat(contents.problems()).isEmpty();
        assertThat(contents.tickets()).hasSize(2);
        ResolvedTicket printer = contents.tickets().getFirst();
        assertThat(printer.subject()).isEqualTo("Printer, 3rd floor");
        assertThat(printer.body()).isEqualTo("Jams on\nevery job");
        assertThat(printer.resolved()).isEqualTo(Optional.of("2026-01-02"));
        assertThat(printer.usable()).isTrue();
        assertThat(contents.tickets().get(1).usable()).isFalse();
    }

    @Test
    void aRestrictedTicketKeepsItsAccessTagsOnItsPage() throws IOException {
        Path file = directory.resolve("hr.jsonl");
        Files.writeString(file, """
                {"id":"H-1","subject":"Salary","body":"Band wrong","resolution":"Corrected to E4","status":"closed","access":"hr, payroll"}
                {"id":"H-2","subject":"Leave","body":"x","resolution":"y","status":"closed","access":["hr"]}
                {"id":"H-3","subject":"Laptop","body":"x","resolution":"y","status":"closed"}
                """);

        TicketFile.Contents contents = TicketFile.read(file);

        assertThat(contents.problems()).isEmpty();
        assertThat(contents.tickets()).extracting(ResolvedTicket::accessTags).containsExactly(
                java.util.Set.of("hr", "payroll"), java.util.Set.of("hr"), java.util.Set.of());
        assertThat(TicketPages.page(contents.tickets().getFirst())).contains("access: [\"hr\", \"payroll\"]\n");
        assertThat(TicketPages.page(contents.tickets().getLast())).doesNotContain("access:");
    }

    @Test
    void refusesOtherFormatsWithWhatToDo() {
        assertThatThrownBy(() -> TicketFile.read(directory.resolve("export.xlsx")))
                .hasMessageContaining("neither .jsonl (JSON Lines) nor .csv");
    }

    @Test
    void pagesAreWrittenForUsableTicketsAndRemovedWhenTheyLeaveTheExport() throws IOException {
        Path pages = directory.resolve("pages");
        ResolvedTicket vpn = new ResolvedTicket("T/1", "VPN drops", "Every hour", "Reinstalled the profile", "resolved",
                Optional.of("it"), Optional.empty(), Optional.empty());
        ResolvedTicket open = new ResolvedTicket("T-2", "Leave", "Balance", "", "open", Optional.empty(), Optional.empty(),
                Optional.empty());

        assertThat(TicketPages.write(List.of(vpn, open), pages)).isEqualTo(1);
        Path page = pages.resolve("ticket-T_1.md");
        assertThat(Files.readString(page)).startsWith("---\ntitle: \"Ticket T/1: VPN drops\"\nurl: \"ticket:T/1\"\n"
                + "kind: ticket\nproduct: \"it\"\n---\n").contains("**Resolution:** Reinstalled the profile");

        assertThat(TicketPages.write(List.of(open), pages)).isZero();
        assertThat(page).doesNotExist();
    }
}
