package dev.baton.config;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException.Missing;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The merged settings (defaults, then the settings file, then environment variables), read through
 * typed accessors that never throw: a bad value is recorded as a {@link ConfigProblem} and the
 * default is returned instead, so that start-up can report every problem at once through {@link
 * #throwIfInvalid()}.
 */
public final class Settings {
    private static final Pattern SECRET_NAME = Pattern.compile(".*(token|secret|password|api-key|credential).*");

    private final Config merged;
    private final Config defaults;
    private final List<ConfigProblem> problems;
    private final Set<String> secretKeys = new HashSet<>();

    Settings(Config merged, Config defaults, List<ConfigProblem> problems) {
        this.merged = requireNonNull(merged, "merged is null");
        this.defaults = requireNonNull(defaults, "defaults is null");
        this.problems = new ArrayList<>(problems);
    }

    public String string(String key) {
        return read(key, "a string", () -> merged.getString(key), () -> defaults.getString(key));
    }

    /** A string where the empty string (the default of every optional key) means "not set". */
    public Optional<String> optionalString(String key) {
        String value = string(key).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public Optional<Secret> secret(String key) {
        secretKeys.add(key);
        return optionalString(key).map(Secret::new);
    }

    public boolean flag(String key) {
        return read(key, "true or false", () -> merged.getBoolean(key), () -> defaults.getBoolean(key));
    }

    public int integer(String key, int min, int max) {
        int value = read(key, "a whole number", () -> merged.getInt(key), () -> defaults.getInt(key));
        if (value < min || value > max) {
            return outOfRange(key, "a whole number from " + min + " to " + max, defaults.getInt(key));
        }
        return value;
    }

    public double decimal(String key, double min, double max) {
        double value = read(key, "a number", () -> merged.getDouble(key), () -> defaults.getDouble(key));
        if (!(value >= min && value <= max)) {
            return outOfRange(key, "a number from " + min + " to " + max, defaults.getDouble(key));
        }
        return value;
    }

    public Duration duration(String key, Duration min, Duration max) {
        Duration value = read(
                key,
                "a duration such as 500ms, 30s or 5m",
                () -> merged.getDuration(key),
                () -> defaults.getDuration(key));
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return outOfRange(key, "a duration from " + min + " to " + max, defaults.getDuration(key));
        }
        return value;
    }

    /** A size in bytes, written as 10MB, 512KiB or a plain number. */
    public long bytes(String key, long min, long max) {
        long value = read(
                key, "a size such as 512KiB or 10MB", () -> merged.getBytes(key), () -> defaults.getBytes(key));
        if (value < min || value > max) {
            return outOfRange(key, "a size from " + min + " to " + max + " bytes", defaults.getBytes(key));
        }
        return value;
    }

    /** A list, written as a HOCON list in the file or comma-separated in an environment variable. */
    public List<String> stringList(String key) {
        if (!merged.hasPath(key)) {
            return List.copyOf(defaults.getStringList(key));
        }
        ConfigValue value = merged.getValue(key);
        if (value.valueType() == ConfigValueType.STRING) {
            return Arrays.stream(merged.getString(key).split(","))
                    .map(String::strip)
                    .filter(item -> !item.isEmpty())
                    .toList();
        }
        return read(key, "a list of strings", () -> List.copyOf(merged.getStringList(key)), List::of);
    }

    /**
     * A list of objects, such as {@code [{ name = "a", examples = ["x"] }]}, each unwrapped to plain
     * values (strings, numbers, booleans, lists and maps). The caller checks each object's fields.
     */
    public List<Map<String, Object>> objectList(String key) {
        return read(key, "a list of objects such as [{ name = \"...\" }]", () -> unwrappedObjects(merged, key),
                () -> unwrappedObjects(defaults, key));
    }

    private static List<Map<String, Object>> unwrappedObjects(Config config, String key) {
        return config.getObjectList(key).stream().map(object -> java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(object.unwrapped()))).toList();
    }

    public Path path(String key) {
        String value = string(key);
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            report(key, "is not a valid file path (" + e.getReason() + ")");
            return Path.of(defaults.getString(key));
        }
    }

    /** An http or https URL, or empty when the key is not set. */
    public Optional<URI> optionalUrl(String key) {
        Optional<String> value = optionalString(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.get());
            if (uri.getScheme() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                report(key, "must be an http:// or https:// URL with a host, such as https://api.example.com/v1");
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            report(key, "is not a valid URL (" + e.getReason() + ")");
            return Optional.empty();
        }
    }

    /** One of a closed set, written in any case, with dashes or underscores. */
    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        String value = string(key).strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.replace('-', '_'))) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
        report(key, "must be one of: " + allowed);
        return Enum.valueOf(type, defaults.getString(key).toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Records a problem found by a cross-field check in a module's settings record. */
    public void report(String key, String message) {
        problems.add(new ConfigProblem(key, origin(key), shownValue(key), message));
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new ConfigException(ConfigErrorCode.INVALID_SETTINGS, problems);
        }
    }

    /** Every effective setting with where it came from; secrets masked. For the start-up log. */
    public Map<String, String> effective() {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> entry : merged.entrySet()) {
            String key = entry.getKey();
            String value = isSecret(key) && !entry.getValue().unwrapped().toString().isEmpty()
                    ? "****"
                    : entry.getValue().render();
            out.put(key, value + "  (" + originOf(entry.getValue()) + ")");
        }
        return out;
    }

    private boolean isSecret(String key) {
        return secretKeys.contains(key) || SECRET_NAME.matcher(key).matches();
    }

    private <T> T read(String key, String expected, Reader<T> value, Reader<T> fallback) {
        try {
            return value.read();
        } catch (Missing e) {
            throw new IllegalStateException("setting " + key + " has no default in any " + SettingsLoader.DEFAULTS_RESOURCE, e);
        } catch (com.typesafe.config.ConfigException e) {
            report(key, "must be " + expected);
            return fallback.read();
        }
    }

    private <T> T outOfRange(String key, String allowed, T fallback) {
        report(key, "must be " + allowed);
        return fallback;
    }

    private String origin(String key) {
        return merged.hasPath(key) ? originOf(merged.getValue(key)) : "not set";
    }

    private Optional<String> shownValue(String key) {
        if (!merged.hasPath(key)) {
            return Optional.empty();
        }
        return Optional.of(isSecret(key) ? "****" : String.valueOf(merged.getValue(key).unwrapped()));
    }

    private static String originOf(ConfigValue value) {
        return value.origin().description();
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read();
    }
}
