package dev.baton.knowledge.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a document into chunks that never cross a heading, so that every chunk can be cited with
 * its section. Blocks are packed up to the size limit; a block that is too long alone is cut at
 * sentence boundaries (words as a last resort). Each chunk after the first of a section starts with
 * the last sentences of the previous one, so that a passage cut by a boundary is still found whole.
 */
public final class Chunker {
    private final int maxCharacters;
    private final int overlapCharacters;

    public Chunker(int maxCharacters, int overlapCharacters) {
        if (maxCharacters < 20 || overlapCharacters < 0 || overlapCharacters * 2 > maxCharacters) {
            throw new IllegalArgumentException(
                    "need max >= 20 and 0 <= overlap <= max/2: " + maxCharacters + ", " + overlapCharacters);
        }
        this.maxCharacters = maxCharacters;
        this.overlapCharacters = overlapCharacters;
    }

    /** What changes chunking, so that a change of settings re-ingests unchanged files. */
    public String fingerprint() {
        return "chunker-v2:" + maxCharacters + ":" + overlapCharacters;
    }

    public List<Chunk> chunk(SourceDocument document) {
        List<Chunk> chunks = new ArrayList<>();
        for (Section section : document.sections()) {
            for (String text : chunkSection(section)) {
                int position = chunks.size();
                chunks.add(new Chunk(
                        document.id() + "#" + position,
                        document.id(),
                        document.title(),
                        document.location(),
                        section.path(),
                        position,
                        text,
                        document.product(),
                        document.accessTags(),
                        document.kind()));
            }
        }
        return chunks;
    }

    /** A piece of a section's text and how it joins the piece before it. */
    private record Piece(String text, String joiner) {}

    private List<String> chunkSection(Section section) {
        List<Piece> pieces = new ArrayList<>();
        for (String block : section.blocks()) {
            if (block.length() <= maxCharacters) {
                pieces.add(new Piece(block, "\n\n"));
            } else {
                // A block too long for one chunk is packed line by line (a list keeps one item per
                // line, so its steps stay whole and in order), and a line too long sentence by sentence.
                String joiner = "\n\n";
                for (String line : block.split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    if (line.length() <= maxCharacters) {
                        pieces.add(new Piece(line, joiner));
                    } else {
                        for (String sentence : sentences(line)) {
                            pieces.add(new Piece(sentence, joiner));
                            joiner = " ";
                        }
                    }
                    joiner = "\n";
                }
            }
        }
        return pack(pieces);
    }

    /** Packs pieces (each at most the limit) greedily, carrying an overlap into each next chunk. */
    private List<String> pack(List<Piece> pieces) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean fresh = false;
        for (Piece piece : pieces) {
            if (current.length() > 0
                    && current.length() + piece.joiner().length() + piece.text().length() > maxCharacters) {
                if (fresh) {
                    out.add(current.toString());
                }
                String tail = overlap(current.toString());
                current.setLength(0);
                if (!tail.isEmpty() && tail.length() + piece.joiner().length() + piece.text().length() <= maxCharacters) {
                    current.append(tail);
                }
                fresh = false;
            }
            if (current.length() > 0) {
                current.append(piece.joiner());
            }
            current.append(piece.text());
            fresh = true;
        }
        if (fresh) {
            out.add(current.toString());
        }
        return out;
    }

    /** The last whole lines (else sentences) of a chunk that fit the overlap, or its last words when none does. */
    private String overlap(String text) {
        if (overlapCharacters == 0) {
            return "";
        }
        // Whole lines first, so that a list carried over keeps one item per line.
        String[] lines = text.split("\n");
        StringBuilder lineTail = new StringBuilder();
        for (int i = lines.length - 1; i >= 0 && !lines[i].isBlank(); i--) {
            if (lineTail.length() + lines[i].length() + 1 > overlapCharacters) {
                break;
            }
            lineTail.insert(0, lineTail.length() == 0 ? lines[i] : lines[i] + "\n");
        }
        if (lineTail.length() > 0) {
            return lineTail.toString();
        }
        List<String> sentences = sentences(text);
        StringBuilder tail = new StringBuilder();
        for (int i = sentences.size() - 1; i >= 0; i--) {
            String sentence = sentences.get(i);
            if (tail.length() + sentence.length() + 1 > overlapCharacters) {
                break;
            }
            tail.insert(0, tail.length() == 0 ? sentence : sentence + " ");
        }
        if (tail.length() > 0) {
            return tail.toString();
        }
        String end = text.substring(Math.max(0, text.length() - overlapCharacters));
        int space = end.indexOf(' ');
        return space < 0 ? end.strip() : end.substring(space + 1).strip();
    }

    /** Sentences of a text, each at most the limit (a longer one is cut between words). */
    private List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = text.substring(start, end).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            if (sentence.length() <= maxCharacters) {
                out.add(sentence);
            } else {
                out.addAll(words(sentence));
            }
        }
        return out;
    }

    private List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : sentence.split("\\s+")) {
            // A single "word" longer than a chunk (a data URI, a hash) is cut where it must be.
            while (word.length() > maxCharacters) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                out.add(word.substring(0, maxCharacters));
                word = word.substring(maxCharacters);
            }
            if (current.length() > 0 && current.length() + 1 + word.length() > maxCharacters) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
