package dev.baton.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestSectionQuote {
    private static final String PROCEDURE = IntStream.rangeClosed(1, 10)
            .mapToObj(step -> step + ". Step number " + step + " of the procedure, with some words to make it longer.")
            .reduce("Use this when you forgot the password.", (text, line) -> text + "\n" + line);

    @Test
    void aSectionThatFitsIsQuotedWhole() {
        assertThat(SectionQuote.fit("1. One.\n2. Two.", 1000, 10, lines -> new double[lines.size()]))
                .isEqualTo("1. One.\n2. Two.");
    }

    @Test
    void aCutProcedureStartsAtStepOneAndSaysWhichStepsItShows() {
        // The lines near the end are the most relevant, yet nobody should start a procedure at step 7.
        String quote = SectionQuote.fit(PROCEDURE, 500, 30, lines -> IntStream.range(0, lines.size())
                .mapToDouble(i -> i >= 7 ? 1.0 : 0.0).toArray());

        assertThat(quote).startsWith("1. Step number 1");
        assertThat(quote).endsWith("of 10 shown; see the page for the rest)");
        assertThat(quote.length()).isLessThanOrEqualTo(500);
    }

    @Test
    void consecutiveChunksAreJoinedWithoutTheirOverlap() {
        assertThat(SectionQuote.join("alpha beta gamma", "gamma delta")).isEqualTo("alpha beta gamma delta");
        assertThat(SectionQuote.join("alpha", "delta")).isEqualTo("alpha\n\ndelta");
        assertThat(SectionQuote.lines("a\n\n b \n")).isEqualTo(List.of("a", "b"));
    }
}
