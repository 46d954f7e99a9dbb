package dev.baton.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValueFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Reads the settings: every module's {@value #DEFAULTS_RESOURCE} (the documented defaults), then the
 * optional settings file (HOCON, JSON or properties), then environment variables, which win.
 * Unknown keys in the file and unknown {@code BATON_*} variables are problems, reported with the
 * closest known key.
 */
public final class SettingsLoader {
    public static final String DEFAULTS_RESOURCE = "baton-defaults.conf";

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(6);

    private SettingsLoader() {}

    /** Loads from the real process environment; the one place Baton reads it. */
    public static Settings loadFromSystem(Optional<Path> file) {
        Map<String, String> environment = System.getenv();
        Optional<Path> chosen = file.or(() -> Optional.ofNullable(environment.get(EnvironmentVariables.CONFIG_FILE))
                .filter(value -> !value.isBlank())
                .map(Path::of));
        return load(chosen, environment, SettingsLoader.class.getClassLoader());
    }

    public static Settings load(Optional<Path> file, Map<String, String> environment, ClassLoader classLoader) {
        Config defaults = ConfigFactory.parseResources(classLoader, DEFAULTS_RESOURCE).resolve();
        if (defaults.isEmpty()) {
            throw new IllegalStateException("no " + DEFAULTS_RESOURCE + " on the class path");
        }
        Set<String> knownKeys = keys(defaults);
        List<ConfigProblem> problems = new ArrayList<>();

        Config fromFile = file.map(path -> readFile(path, knownKeys, problems)).orElse(ConfigFactory.empty());
        Config fromEnvironment = readEnvironment(environment, knownKeys, problems);
        Config merged = fromEnvironment.withFallback(fromFile).withFallback(defaults);
        return new Settings(merged, defaults, problems);
    }

    private static Config readFile(Path path, Set<String> knownKeys, List<ConfigProblem> problems) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigException(
                    ConfigErrorCode.UNREADABLE_SETTINGS_FILE,
                    List.of(new ConfigProblem(
                            "settings file",
                            path.toAbsolutePath().toString(),
                            Optional.empty(),
                            "does not exist or is not a file; give an existing file with --config or "
                                    + EnvironmentVariables.CONFIG_FILE)));
        }
        Config config;
        try {
            config = ConfigFactory.parseFile(path.toFile(), ConfigParseOptions.defaults().setAllowMissing(false))
                    .resolve();
        } catch (com.typesafe.config.ConfigException e) {
            throw new ConfigException(
                    ConfigErrorCode.UNREADABLE_SETTINGS_FILE,
                    List.of(new ConfigProblem(
                            "settings file",
                            path.toString(),
                            Optional.empty(),
                            "cannot be parsed: " + e.getMessage() + "; the file is HOCON (a superset of JSON)")));
        }
        for (String key : keys(config)) {
            if (!knownKeys.contains(key)) {
                problems.add(new ConfigProblem(
                        key,
                        config.getValue(key).origin().description(),
                        Optional.empty(),
                        "is not a Baton setting" + suggestion(key, knownKeys)));
            }
        }
        return config;
    }

    private static Config readEnvironment(
            Map<String, String> environment, Set<String> knownKeys, List<ConfigProblem> problems) {
        Map<String, String> genericNames = new HashMap<>();
        for (String key : knownKeys) {
            genericNames.put(EnvironmentVariables.genericName(key), key);
        }
        Config config = ConfigFactory.empty();
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            String name = variable.getKey();
            String key = EnvironmentVariables.ALIASES.getOrDefault(name, genericNames.get(name));
            if (key != null) {
                config = config.withValue(
                        key, ConfigValueFactory.fromAnyRef(variable.getValue(), "environment variable " + name));
            } else if (name.startsWith("BATON_") && !name.equals(EnvironmentVariables.CONFIG_FILE)) {
                problems.add(new ConfigProblem(
                        name,
                        "environment",
                        Optional.empty(),
                        "is not a Baton setting" + suggestion(name, genericNames.keySet())));
            }
        }
        return config;
    }

    private static Set<String> keys(Config config) {
        Set<String> keys = new java.util.TreeSet<>();
        config.entrySet().forEach(entry -> keys.add(entry.getKey()));
        return keys;
    }

    private static String suggestion(String unknown, Set<String> known) {
        return known.stream()
                .map(candidate -> Map.entry(candidate, DISTANCE.apply(unknown, candidate)))
                .filter(scored -> scored.getValue() >= 0 && scored.getValue() <= Math.max(2, unknown.length() / 4))
                .min(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
                .map(scored -> "; did you mean " + scored.getKey() + "?")
                .orElse("; see the documented defaults (java -jar bot/target/baton.jar config) for every key");
    }
}
