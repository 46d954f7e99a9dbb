package dev.baton.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bot.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code reindex} and the Qdrant choice from the command line. The copy itself is tested against a
 * fake Qdrant in the knowledge module (QdrantIndexContract); here, what a person sees when things
 * are missing or Qdrant is down.
 */
class TestReindexCommand {
    @TempDir
    Path directory;

    private record Run(int exitCode, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Settings whose Qdrant is a closed port on this machine: every call is refused at once. */
    private Path settings(String index) throws Exception {
        return Files.writeString(directory.resolve("baton.conf"), """
                data-dir = "%s"
                knowledge.index = %s
                qdrant { url = "http://127.0.0.1:1", timeout = 2s }
                """.formatted(directory.resolve("data"), index));
    }

    @Test
    void onlyQdrantIsATarget() throws Exception {
        Run run = run("reindex", "--config", settings("lucene").toString(), "--to", "lucene");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--to lucene is not a target").contains("give --to qdrant");
    }

    @Test
    void withoutALuceneIndexItSaysToIngestFirst() throws Exception {
        Run run = run("reindex", "--config", settings("lucene").toString(), "--to", "qdrant");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("There is no Lucene index at " + directory.resolve("data").resolve("index"))
                .contains("baton ingest");
    }

    @Test
    void aQdrantThatIsDownIsReportedWithoutLosingTheLuceneIndex() throws Exception {
        Path settings = settings("lucene");
        Path kb = Files.createDirectories(directory.resolve("kb"));
        Files.writeString(kb.resolve("vpn.md"), "# VPN\n\nReset your VPN password from the self-service portal.\n");
        assertThat(run("ingest", "--config", settings.toString(), kb.toString()).exitCode()).isZero();

        Run run = run("reindex", "--config", settings.toString(), "--to", "qdrant");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("Cannot reindex: cannot check the collection in Qdrant at http://127.0.0.1:1")
                .contains("INDEX_UNAVAILABLE")
                .contains("Run the same command again");
        assertThat(Files.list(directory.resolve("data").resolve("index"))).isNotEmpty();
    }

    @Test
    void qdrantIsNoLongerRefusedAndIsChosenByTheSettings() throws Exception {
        Run run = run("ask", "--config", settings("qdrant").toString(), "How do I reset my VPN password?");

        // The composition root picked the Qdrant index: it tried to reach the collection at start-up.
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("not available in this version")
                .contains("cannot check the collection in Qdrant at http://127.0.0.1:1");
    }
}
