package dev.baton.config;

import java.util.List;
import java.util.stream.Collectors;

/** Settings that cannot be used: carries every problem found, so a person can fix them all at once. */
public final class ConfigException extends BatonException {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public ConfigException(ConfigErrorCode code, List<ConfigProblem> problems) {
        super(code, describe(problems), null);
        this.problems = List.copyOf(problems);
    }

    @Override
    public ConfigErrorCode code() {
        return (ConfigErrorCode) super.code();
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
