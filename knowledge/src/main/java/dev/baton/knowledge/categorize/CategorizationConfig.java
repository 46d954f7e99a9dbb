package dev.baton.knowledge.categorize;

import static java.util.Objects.requireNonNull;

import dev.baton.config.Settings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The categorization settings ({@code categorization.*}); see baton-defaults.conf for what each key means. */
public record CategorizationConfig(
        List<CategoryDefinition> categories,
        List<String> outOfScopeExamples,
        CategorizationMethod method,
        int neighbours,
        double targetFalseAbstention) {
    static final String CATEGORIES = "categorization.categories";

    public CategorizationConfig {
        categories = List.copyOf(categories);
        outOfScopeExamples = List.copyOf(outOfScopeExamples);
        if (outOfScopeExamples.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("an out-of-scope example is empty");
        }
        requireNonNull(method, "method is null");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("at least one category is needed");
        }
        Set<String> names = new HashSet<>();
        for (CategoryDefinition category : categories) {
            if (!names.add(category.name())) {
                throw new IllegalArgumentException("category " + category.name() + " is defined twice");
            }
        }
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be >= 1: " + neighbours);
        }
        if (!(targetFalseAbstention >= 0 && targetFalseAbstention <= 0.5)) {
            throw new IllegalArgumentException("targetFalseAbstention must be within [0, 0.5]: " + targetFalseAbstention);
        }
    }

    /** Every category's examples, labelled with its name. */
    public List<LabelledText> examples() {
        return categories.stream().flatMap(category -> category.labelledExamples().stream()).toList();
    }

    /** Reads the settings, recording every problem in {@code settings} rather than throwing. */
    public static CategorizationConfig from(Settings settings) {
        CategorizationMethod method = settings.choice("categorization.method", CategorizationMethod.class);
        int neighbours = settings.integer("categorization.neighbours", 1, 100);
        double target = settings.decimal("categorization.target-false-abstention", 0, 0.5);
        List<CategoryDefinition> categories = categories(settings, settings.objectList(CATEGORIES));
        if (categories.isEmpty()) {
            settings.report(CATEGORIES, "must define at least one category with examples");
            categories = categories(settings, List.of(Map.of("name", "other", "examples", List.of("other"))));
        }
        List<String> outOfScope = new ArrayList<>();
        for (String example : settings.stringList("categorization.out-of-scope-examples")) {
            if (example.isBlank()) {
                settings.report("categorization.out-of-scope-examples", "has an empty example; remove it");
            } else {
                outOfScope.add(example.strip());
            }
        }
        return new CategorizationConfig(categories, outOfScope, method, neighbours, target);
    }

    private static List<CategoryDefinition> categories(Settings settings, List<Map<String, Object>> entries) {
        List<CategoryDefinition> categories = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> entry = entries.get(i);
            String where = "category " + (i + 1) + ": ";
            if (!(entry.get("name") instanceof String name) || name.isBlank()) {
                settings.report(CATEGORIES, where + "needs a non-empty name, such as { name = \"hardware\", examples = [...] }");
                continue;
            }
            Set<String> unknown = new HashSet<>(entry.keySet());
            unknown.removeAll(Set.of("name", "examples"));
            if (!unknown.isEmpty()) {
                settings.report(CATEGORIES, where + name + " has unknown fields " + unknown + "; a category has only name and examples");
            }
            List<String> examples = new ArrayList<>();
            if (entry.get("examples") instanceof List<?> list) {
                for (Object example : list) {
                    if (example instanceof String text && !text.isBlank()) {
                        examples.add(text.strip());
                    } else {
                        settings.report(CATEGORIES, where + name + " has an example that is not a non-empty string: " + example);
                    }
                }
            }
            if (examples.isEmpty()) {
                settings.report(CATEGORIES, where + name + " needs examples: a list of messages that belong to it");
                continue;
            }
            if (!names.add(name.strip())) {
                settings.report(CATEGORIES, where + name + " is defined twice; merge its examples into one entry");
                continue;
            }
            categories.add(new CategoryDefinition(name.strip(), examples));
        }
        return categories;
    }
}
