package dev.baton.knowledge.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads document metadata written as YAML (Markdown front matter and {@code .meta.yaml} sidecars):
 * {@code title}, {@code url}, {@code product}, {@code access} (a list, or tags separated by commas)
 * and {@code kind} (document or ticket). Other keys are ignored: authors keep their own there.
 */
final class MetadataYaml {
    /** Front matter: a first line of three dashes, YAML, and a closing line of three dashes or dots. */
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A\\uFEFF?---[ \\t]*\\R((?:.*?\\R)??)(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)", Pattern.DOTALL);

    private static final YAMLMapper MAPPER = new YAMLMapper();

    private MetadataYaml() {}

    /** The front matter and the Markdown after it; no front matter gives empty YAML and the whole text. */
    record Split(String yaml, String body) {}

    static Split splitFrontMatter(String markdown) {
        Matcher matcher = FRONT_MATTER.matcher(markdown);
        if (!matcher.find()) {
            return new Split("", markdown);
        }
        return new Split(matcher.group(1), markdown.substring(matcher.end()));
    }

    /** Parses metadata; throws IllegalArgumentException with a readable reason when it is not valid. */
    static DocumentMetadata parse(String yaml) {
        if (yaml.isBlank()) {
            return DocumentMetadata.NONE;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(yaml);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("metadata is not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return DocumentMetadata.NONE;
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("metadata must be a YAML mapping of keys to values");
        }
        return new DocumentMetadata(
                text(root, "title"), text(root, "url"), text(root, "product"), tags(root.get("access")), kind(root));
    }

    /** Access tags from "a, b" or a YAML list; blank entries dropped. */
    static Set<String> tags(String commaSeparated) {
        return clean(Arrays.asList(commaSeparated.split(",")));
    }

    private static Optional<String> text(JsonNode root, String key) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("metadata key '" + key + "' must be a single value");
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<Set<String>> tags(JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isArray()) {
            Collection<String> items = new java.util.ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return Optional.of(clean(items));
        }
        if (value.isValueNode()) {
            return Optional.of(tags(value.asText()));
        }
        throw new IllegalArgumentException("metadata key 'access' must be a list of tags");
    }

    private static Optional<ChunkKind> kind(JsonNode root) {
        return text(root, "kind").map(value -> {
            try {
                return ChunkKind.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("metadata key 'kind' must be document or ticket, not '" + value + "'");
            }
        });
    }

    private static Set<String> clean(Collection<String> tags) {
        return tags.stream()
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
