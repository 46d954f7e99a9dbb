package dev.baton.knowledge.categorize;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A configured category: its name (what routing and metrics see) and example messages. */
public record CategoryDefinition(String name, List<String> examples) {
    public CategoryDefinition {
        requireNonNull(name, "name is null");
        examples = List.copyOf(examples);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a category name is empty");
        }
        if (examples.isEmpty() || examples.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("category " + name + " needs at least one example, none of them empty");
        }
    }

    public List<LabelledText> labelledExamples() {
        return examples.stream().map(example -> new LabelledText(example, name)).toList();
    }
}
