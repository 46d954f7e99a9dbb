package dev.baton.knowledge.answer;

import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.ingest.Chunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a section as an answer quotes it: the retrieved chunks of that section joined back
 * together (without the overlap the chunker repeats), cut to a length at whole lines, so that
 * numbered steps and bullet lists stay whole and in order. When a cut drops lines, the quote says
 * which steps it shows, so nobody follows half a procedure believing it complete.
 */
final class SectionQuote {
    private static final Pattern STEP = Pattern.compile("^(\\d{1,3})\\. ");
    /** A paragraph longer than this is quoted sentence by sentence, so that a cut can fall between sentences. */
    private static final int LONG_LINE = 400;
    /** Longest note a cut quote ends with: "(steps 100–199 of 200 shown; see the page for the rest)". */
    private static final int NOTE_LENGTH = 60;

    private SectionQuote() {}

    /** The retrieved chunks of the anchor's section around it (consecutive positions), in order, joined. */
    static String sectionText(ScoredChunk anchor, List<ScoredChunk> passages) {
        Chunk chunk = anchor.chunk();
        List<Chunk> same = passages.stream().map(ScoredChunk::chunk)
                .filter(c -> c.documentId().equals(chunk.documentId()) && c.section().equals(chunk.section()))
                .sorted(Comparator.comparingInt(Chunk::position))
                .distinct()
                .toList();
        int at = same.indexOf(chunk);
        int first = at;
        while (first > 0 && same.get(first - 1).position() == same.get(first).position() - 1) {
            first--;
        }
        int last = at;
        while (last + 1 < same.size() && same.get(last + 1).position() == same.get(last).position() + 1) {
            last++;
        }
        String text = same.get(first).text();
        for (int i = first + 1; i <= last; i++) {
            text = join(text, same.get(i).text());
        }
        return text;
    }

    /** Two consecutive chunks as one text: the next one starts with the end of the previous one. */
    static String join(String previous, String next) {
        for (int k = Math.min(previous.length(), next.length()); k > 0; k--) {
            if (previous.endsWith(next.substring(0, k))) {
                return previous + next.substring(k);
            }
        }
        return previous + "\n\n" + next;
    }

    /**
     * The text cut to at most {@code budget} characters at whole lines: the run of consecutive lines
     * with the highest total relevance (as scored by {@code relevance}, one score per line), with a
     * note naming the quoted steps when a numbered list was cut.
     */
    static String fit(String text, int budget, int maxLines, Function<List<String>, double[]> relevance) {
        List<String> lines = lines(text);
        if (length(lines, 0, lines.size()) <= budget && lines.size() <= maxLines) {
            return String.join("\n", lines);
        }
        // Room for the note saying which steps are shown, or for the "…" marks.
        int room = budget - NOTE_LENGTH;
        double[] score = relevance.apply(lines);
        int bestStart = 0;
        int bestEnd = 1;
        double bestSum = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < lines.size(); start++) {
            double sum = 0;
            for (int end = start + 1; end <= lines.size() && end - start <= maxLines
                    && length(lines, start, end) <= room; end++) {
                sum += score[end - 1];
                // A longer run wins ties: more of the section reads better than less.
                if (sum > bestSum || sum == bestSum && end - start > bestEnd - bestStart) {
                    bestSum = sum;
                    bestStart = start;
                    bestEnd = end;
                }
            }
        }
        if (bestSum == Double.NEGATIVE_INFINITY) {
            return Sentences.shorten(lines.get(0));
        }
        // A procedure is followed from its first step: start there when the best run begins mid-list.
        int firstStep = firstStepBefore(lines, bestStart);
        if (firstStep >= 0 && firstStep < bestStart) {
            bestStart = firstStep;
            bestEnd = firstStep + 1;
            while (bestEnd < lines.size() && bestEnd - bestStart < maxLines
                    && length(lines, bestStart, bestEnd + 1) <= room) {
                bestEnd++;
            }
        }
        List<String> quoted = lines.subList(bestStart, bestEnd);
        StringBuilder out = new StringBuilder(String.join("\n", quoted));
        String steps = steps(quoted, lines);
        if (!steps.isEmpty()) {
            out.append('\n').append(steps);
        } else {
            out.insert(0, bestStart > 0 ? "…\n" : "").append(bestEnd < lines.size() ? "\n…" : "");
        }
        return out.toString();
    }

    /** The line of step 1 of the numbered list that the line at {@code start} belongs to, or -1. */
    private static int firstStepBefore(List<String> lines, int start) {
        if (!STEP.matcher(lines.get(start)).find()) {
            return -1;
        }
        for (int i = start; i >= 0; i--) {
            Matcher matcher = STEP.matcher(lines.get(i));
            if (matcher.find() && matcher.group(1).equals("1")) {
                return i;
            }
        }
        return -1;
    }

    /** "(steps 1–7 of 10; the rest are on the page)" when a numbered list was cut, else "". */
    private static String steps(List<String> quoted, List<String> all) {
        List<Integer> shown = numbers(quoted);
        List<Integer> every = numbers(all);
        if (shown.isEmpty() || shown.size() == every.size()) {
            return "";
        }
        int last = every.stream().mapToInt(Integer::intValue).max().orElse(0);
        return "(steps " + shown.get(0) + "–" + shown.get(shown.size() - 1) + " of " + last
                + " shown; see the page for the rest)";
    }

    private static List<Integer> numbers(List<String> lines) {
        List<Integer> numbers = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = STEP.matcher(line);
            if (matcher.find()) {
                numbers.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return numbers;
    }

    /** Non-empty lines; a very long paragraph becomes its sentences. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.length() > LONG_LINE) {
                out.addAll(Sentences.of(stripped, Integer.MAX_VALUE));
            } else {
                out.add(stripped);
            }
        }
        return out;
    }

    private static int length(List<String> lines, int start, int end) {
        int length = 0;
        for (int i = start; i < end; i++) {
            length += lines.get(i).length() + 1;
        }
        return length;
    }
}
