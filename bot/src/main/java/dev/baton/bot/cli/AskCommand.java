package dev.baton.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;
import dev.baton.bot.AllSettings;
import dev.baton.bot.Composition;
import dev.baton.bot.StartupIngestion;
import dev.baton.bot.server.Json;
import dev.baton.knowledge.KnowledgeBase;
import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.Citation;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.index.SearchFilter;
import dev.baton.knowledge.index.VectorIndex;
import dev.baton.knowledge.ingest.ChunkKind;
import dev.baton.knowledge.ingest.IngestListener;
import java.io.PrintStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Asks Baton one question from the terminal, exactly as the chat surfaces would. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer one question from the knowledge base and print the answer, its sources and its confidence.")
public final class AskCommand implements Callable<Integer> {
    @Mixin
    SettingsOption settingsOption;

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in quotes.")
    String question;

    @Option(names = "--json", description = "Print one JSON object: answer, sources, confidence, abstained.")
    boolean json;

    @Option(names = "--product", paramLabel = "PRODUCT", description = "Only use documents of this product (and general ones).")
    Optional<String> product;

    @Option(names = "--access", paramLabel = "TAG", split = ",", description = "Access tags the asker holds (restricted documents).")
    List<String> accessTags = List.of();

    @Override
    public Integer call() throws Exception {
        if (question.isBlank()) {
            System.err.println("QUESTION is empty: give the question in quotes, e.g. baton ask \"How do I reset my VPN password?\"");
            return 2;
        }
        AllSettings all = settingsOption.load();
        Injector injector = Composition.create(all, Clock.systemUTC(), EnumSet.of(Composition.Part.KNOWLEDGE));
        KnowledgeBase knowledge = injector.getInstance(KnowledgeBase.class);
        StartupIngestion ingestion = injector.getInstance(StartupIngestion.class);
        VectorIndex index = injector.getInstance(VectorIndex.class);
        try {
            if (knowledge.indexedChunks() == 0) {
                System.err.println("The knowledge base is empty: ingesting the configured sources first.");
                ingestion.ingest(IngestListener.NONE);
            }
            Answer answer = knowledge.answer(new Question(question, List.of(),
                    new SearchFilter(product, Set.copyOf(accessTags), EnumSet.allOf(ChunkKind.class))));
            if (json) {
                printJson(answer, System.out);
            } else {
                printText(answer, System.out);
            }
            return 0;
        } finally {
            ingestion.stop();
            index.close();
        }
    }

    private static void printJson(Answer answer, PrintStream out) throws Exception {
        ObjectMapper mapper = Json.mapper();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answer", answer.text());
        body.put("sources", answer.citations());
        body.put("confidence", answer.confidence());
        body.put("abstained", answer.abstained());
        body.put("abstentionReason", answer.abstentionReason());
        body.put("generator", answer.generator());
        out.println(mapper.writeValueAsString(body));
    }

    private static void printText(Answer answer, PrintStream out) {
        out.println(answer.text());
        if (!answer.citations().isEmpty()) {
            out.println();
            out.println(answer.abstained() ? "Closest sources:" : "Sources:");
            for (Citation citation : answer.citations()) {
                String prefix = citation.title() + " > ";
                String heading = citation.section().startsWith(prefix)
                        ? citation.section().substring(prefix.length())
                        : citation.section().equals(citation.title()) ? "" : citation.section();
                String section = heading.isBlank() ? "" : " — " + heading;
                String kind = citation.kind() == ChunkKind.TICKET ? " (similar past ticket)" : "";
                out.printf("  [%d] %s%s%s  <%s>%n", citation.number(), citation.title(), section, kind,
                        citation.location());
            }
        }
        out.println();
        out.printf("Confidence: %.2f%s%n", answer.confidence(),
                answer.abstained() ? " (not sure: " + answer.abstentionReason().orElse("") + ")" : "");
        if (answer.abstained()) {
            out.println("A person can help: use \"Talk to a human\" in the web chat, or /human in Slack or Teams.");
        }
    }
}
