package dev.baton.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.categorize.CategorizationConfig;
import dev.baton.knowledge.embedding.SharedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The default categorization settings on the hint3 DEV half (../shared/eval): real messages to
 * three support bots, about half of them out of scope. The floors sit a little under what was
 * measured (docs/categorization.md), to allow for the model's nondeterminism across machines.
 */
@Tag("slow")
class TestHint3Categorization {
    /** -Dbaton.eval.dir, else ../shared/eval beside the repository (where CI has it), else this machine's copy. */
    private static final Path HINT3 = java.util.stream.Stream.of(
                    System.getProperty("baton.eval.dir", ""), "../../shared/eval", "/work/shared/eval")
            .filter(candidate -> !candidate.isEmpty())
            .map(candidate -> Path.of(candidate, "hint3"))
            .filter(Files::isDirectory)
            .findFirst()
            .orElse(Path.of("../../shared/eval/hint3"));

    @Test
    void defaultsKeepTheirMeasuredQuality() {
        assumeTrue(Files.isRegularFile(HINT3.resolve("train.jsonl")), "hint3 is not on this machine");
        CategorizationConfig config = CategorizationConfig.from(
                SettingsLoader.load(Optional.empty(), Map.of(), getClass().getClassLoader()));

        CategorizationReport report = new CategorizationEvaluation(SharedEmbeddingModel.get(), config).run(HINT3);
        System.out.println(report.table());

        CategorizationFigures overall = report.primary().overall();
        assertThat(report.primary().domains()).hasSize(3);
        assertThat(overall.inScope()).isEqualTo(504);
        assertThat(overall.outOfScope()).isEqualTo(675);
        assertThat(overall.closestAccuracy()).isGreaterThan(FLOOR_CLOSEST_ACCURACY);
        assertThat(overall.closestMacroF1()).isGreaterThan(FLOOR_CLOSEST_MACRO_F1);
        assertThat(overall.outOfScopeRecall().orElseThrow()).isGreaterThan(FLOOR_OUT_OF_SCOPE_RECALL);
        assertThat(overall.falseAbstentionRate()).isLessThan(CEILING_FALSE_ABSTENTION);
    }

    private static final double FLOOR_CLOSEST_ACCURACY = 0.81;
    private static final double FLOOR_CLOSEST_MACRO_F1 = 0.75;
    private static final double FLOOR_OUT_OF_SCOPE_RECALL = 0.64;
    private static final double CEILING_FALSE_ABSTENTION = 0.15;
}
