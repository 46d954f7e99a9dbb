package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.categorize.CategorizationMethod;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What a categorization evaluation measured, for each method tried: figures per domain (one bot
 * each; "all" when the rows carry no domain) and over every message, the threshold calibrated for
 * each domain on its held-out training examples, and the latency of categorizing one message
 * (embedding included) with the first method.
 */
public record CategorizationReport(
        String dataset,
        String evaluatedFile,
        int trainExamples,
        int trainOutOfScopeExamples,
        double targetFalseAbstention,
        int neighbours,
        List<MethodResult> methods,
        CategorizationMethod latencyMethod,
        double latencyP50Ms,
        double latencyP99Ms) {
    /** One domain's figures. */
    public record DomainResult(String domain, int examples, int categories, double threshold, CategorizationFigures figures) {
        public DomainResult {
            requireNonNull(domain, "domain is null");
            requireNonNull(figures, "figures is null");
        }
    }

    /** One method's figures. */
    public record MethodResult(CategorizationMethod method, List<DomainResult> domains, CategorizationFigures overall) {
        public MethodResult {
            requireNonNull(method, "method is null");
            domains = List.copyOf(domains);
            requireNonNull(overall, "overall is null");
        }
    }

    public CategorizationReport {
        requireNonNull(dataset, "dataset is null");
        requireNonNull(evaluatedFile, "evaluatedFile is null");
        methods = List.copyOf(methods);
        requireNonNull(latencyMethod, "latencyMethod is null");
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("a report has at least one method");
        }
    }

    /** The figures of the first method (the configured one unless others were asked for). */
    public MethodResult primary() {
        return methods.getFirst();
    }

    /** A table for a terminal. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("Categorization evaluation: ").append(dataset).append(" (").append(evaluatedFile).append(")\n");
        out.append(String.format(Locale.ROOT, "  train examples %d (+ %d out-of-scope examples), k = %d, threshold "
                        + "calibrated for %.2f false abstention on held-out examples%n",
                trainExamples, trainOutOfScopeExamples, neighbours, targetFalseAbstention));
        out.append(String.format(Locale.ROOT, "  %-19s %-12s %5s %5s %6s %6s %6s %6s %6s %6s %6s%n", "method", "domain",
                "in", "oos", "thresh", "acc", "F1", "acc*", "F1*", "oosRec", "falseAb"));
        for (MethodResult method : methods) {
            for (DomainResult domain : method.domains()) {
                line(out, method.method(), domain.domain(), String.format(Locale.ROOT, "%6.3f", domain.threshold()), domain.figures());
            }
            if (method.domains().size() > 1) {
                line(out, method.method(), "overall", "", method.overall());
            }
        }
        out.append("  acc/F1: threshold applied (a refusal is wrong); acc*/F1*: closest category, no threshold;\n"
                + "  h@5%/h@10%: out-of-scope recall of the threshold chosen in hindsight to refuse 5%/10% of in-scope\n");
        out.append(String.format(Locale.ROOT, "  latency per message (%s, embedding included): p50 %.1f ms, p99 %.1f ms%n",
                name(latencyMethod), latencyP50Ms, latencyP99Ms));
        return out.toString();
    }

    private static void line(StringBuilder out, CategorizationMethod method, String domain, String threshold, CategorizationFigures f) {
        out.append(String.format(Locale.ROOT, "  %-19s %-12s %5d %5d %6s %6.3f %6.3f %6.3f %6.3f %6s %6.3f %6s %6s%n",
                name(method), domain, f.inScope(), f.outOfScope(), threshold, f.accuracy(), f.macroF1(),
                f.closestAccuracy(), f.closestMacroF1(), optional(f.outOfScopeRecall()), f.falseAbstentionRate(),
                optional(f.hindsightRecallAt5()), optional(f.hindsightRecallAt10())));
    }

    private static String name(CategorizationMethod method) {
        return method.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String optional(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%6.3f", value.getAsDouble()) : "-";
    }
}
