package dev.baton.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.bot.Main;
import dev.baton.bot.server.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bench commands on a tiny help-desk set, with the real model: the reports' structure and
 * sanity only, never a wall-clock figure.
 */
class TestBenchCommand {
    @TempDir
    Path directory;

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            String[] lines = out.strip().split("\n");
            return Json.mapper().readTree(lines[lines.length - 1]);
        }
    }

    private Run run(String... args) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = commandLine.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(originalOut);
        }
    }

    private Path settings() throws Exception {
        return Files.writeString(directory.resolve("baton.conf"), "data-dir = \"" + directory.resolve("data") + "\"\n");
    }

    private Path helpdesk() throws Exception {
        Path set = Files.createDirectories(directory.resolve("helpdesk/qrels")).getParent();
        Files.writeString(set.resolve("corpus.jsonl"), """
                {"_id": "d1", "title": "How do I reset my password?", "text": "Open the sign-in page. Choose Forgot password. Follow the link we email you."}
                {"_id": "d2", "title": "How do I export my contacts?", "text": "Go to Settings, then Contacts, then Export. Pick CSV or vCard."}
                {"_id": "d3", "title": "Can I change my username?", "text": "Usernames can be changed once every 30 days. Go to Profile and choose Rename."}
                {"_id": "d4", "title": "How do I delete my account?", "text": "Account deletion is permanent. Go to Settings, Privacy, Delete account."}
                """);
        Files.writeString(set.resolve("queries.jsonl"), """
                {"_id": "q1", "text": "I forgot my password, how can I get back in?"}
                {"_id": "q2", "text": "download all my contacts as a file"}
                {"_id": "q3", "text": "is it possible to rename my user handle"}
                {"_id": "q4", "text": "permanently remove my profile and data"}
                """);
        Files.writeString(set.resolve("qrels/test.tsv"), """
                query-id\tcorpus-id\tscore
                q1\td1\t1
                q2\td2\t1
                q3\td3\t1
                q4\td4\t1
                """);
        return set;
    }

    @Test
    void compareRunsBothSystemsOnTheSameChunksAndPrintsQualityLatencyAndRatios() throws Exception {
        Run run = run("bench", "compare", "--config", settings().toString(), helpdesk().toString(),
                "--rounds", "2", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Retrieval side by side: helpdesk").contains("recall@5").contains("nDCG@10")
                .contains("MRR@10").contains("latency p50 ms").contains("latency p99 ms").contains("ratio")
                .contains("InMemoryEmbeddingStore");
        JsonNode json = run.json();
        assertThat(json.get("chunks").asInt()).isEqualTo(4);
        assertThat(json.get("queries").asInt()).isEqualTo(4);
        for (String side : new String[] {"baton", "langChain4j"}) {
            JsonNode figures = json.get(side);
            // Four distinct questions with one obvious answer each: both systems find every one first.
            assertThat(figures.get("mrrAt10").asDouble()).as(side).isEqualTo(1.0);
            assertThat(figures.get("ndcgAt10").asDouble()).as(side).isEqualTo(1.0);
            assertThat(figures.get("recallAt5").asDouble()).as(side).isEqualTo(1.0);
            assertThat(figures.get("latencyP50Ms").asDouble()).as(side).isPositive();
            assertThat(figures.get("latencyP99Ms").asDouble()).as(side)
                    .isGreaterThanOrEqualTo(figures.get("latencyP50Ms").asDouble());
        }
        assertThat(json.get("queryEmbeddingP50Ms").asDouble()).isPositive();
    }

    @Test
    void budgetIngestsTheAskedNumberOfChunksThroughTheRealPathAndReportsEveryBudget() throws Exception {
        Path work = directory.resolve("work");
        Run run = run("bench", "budget", "--config", settings().toString(), helpdesk().toString(),
                "--chunks", "30", "--turns", "6", "--work-dir", work.toString(), "--compare", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Budget benchmark:").contains("ingestion / model").contains("one turn p50")
                .contains("one turn p99").contains("resident memory").contains("target").contains("retrieval at size");
        JsonNode json = run.json();
        assertThat(json.get("targetChunks").asInt()).isEqualTo(30);
        // Whole documents are written, so the last one may overshoot the target by a chunk or two.
        assertThat(json.get("chunksIndexed").asInt()).isBetween(30, 34);
        assertThat(json.get("ingestFailures").asInt()).isZero();
        // 4 documents, copied until there are enough chunks: 8 copies of one chunk each.
        assertThat(json.get("documents").asInt()).isEqualTo(json.get("chunksIndexed").asInt());
        assertThat(json.get("ingestChunksPerSecond").asDouble()).isPositive();
        assertThat(json.get("modelTextsPerSecond").asDouble()).isPositive();
        assertThat(json.get("ingestShareOfModel").asDouble()).isPositive();
        assertThat(json.get("turns").asInt()).isEqualTo(6);
        assertThat(json.get("turnP99Ms").asDouble()).isGreaterThanOrEqualTo(json.get("turnP50Ms").asDouble());
        assertThat(json.get("residentMb").asDouble()).isPositive();
        assertThat(json.get("peakResidentMb").asDouble()).isGreaterThanOrEqualTo(json.get("residentMb").asDouble());
        assertThat(json.get("jvmFlags").isArray()).isTrue();
        assertThat(json.get("batonRetrievalP50Ms").asDouble()).isPositive();
        assertThat(json.get("langChain4jRetrievalP99Ms").asDouble())
                .isGreaterThanOrEqualTo(json.get("langChain4jRetrievalP50Ms").asDouble());
        try (Stream<Path> copies = Files.list(work.resolve("documents"))) {
            assertThat(copies.count()).isEqualTo(8);
        }
        assertThat(work.resolve("index")).isDirectory();

        Run again = run("bench", "budget", "--config", settings().toString(), helpdesk().toString(),
                "--chunks", "30", "--work-dir", work.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("is not empty");
    }
}
