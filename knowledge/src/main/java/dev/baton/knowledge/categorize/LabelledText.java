package dev.baton.knowledge.categorize;

import static java.util.Objects.requireNonNull;

/** An example phrase of a category. */
public record LabelledText(String text, String label) {
    public LabelledText {
        requireNonNull(text, "text is null");
        requireNonNull(label, "label is null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an example of " + label + " is empty");
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("the example \"" + text + "\" has an empty label");
        }
    }
}
