package dev.baton.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/** Settings that cannot be used: carries every problem found, so a person can fix them all at once. */
public final class ConfigException extends RuntimeException {
    private final ConfigErrorCode code;
    private final List<ConfigProblem> problems;

    public ConfigException(ConfigErrorCode code, List<ConfigProblem> problems) {
        super(describe(problems));
        this.code = requireNonNull(code, "code is null");
        this.problems = List.copyOf(problems);
    }

    public ConfigErrorCode code() {
        return code;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String describe(List<ConfigProblem> problems) {
        String plural = problems.size() == 1 ? "problem" : "problems";
        return problems.stream()
                .map(problem -> "  - " + problem.describe())
                .collect(Collectors.joining(
                        "\n", "Baton cannot start: " + problems.size() + " configuration " + plural + ":\n", ""));
    }
}
