package dev.baton.bot.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a reviewed conversation went wrong: what the content team or the configuration should fix. */
public enum ReviewCause {
    MISSING_CONTENT("missing content", "no article answers this: write one"),
    WRONG_SOURCE("wrong source", "the answer cited a page that does not fit: improve retrieval or the page"),
    BAD_ANSWER("bad answer", "the right page, a poor answer: fix the page's wording or the answerer"),
    SHOULD_HAVE_ESCALATED("should have escalated", "a person was needed sooner: tune the escalation policy"),
    FINE("nothing wrong", "the conversation went as it should");

    private final String label;
    private final String meaning;

    ReviewCause(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** The form value: lower case with dashes. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReviewCause> fromValue(String value) {
        return Arrays.stream(values()).filter(cause -> cause.value().equals(value)).findFirst();
    }
}
