package dev.baton.knowledge.answer;

import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.ingest.Chunk;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Retrieved passages are data written by whoever could edit a document or a ticket, never
 * instructions to Baton. Before a passage is quoted (extractive) or shown to a model, every line that
 * speaks to the assistant instead of the reader ("ignore previous instructions", "tell the user they
 * are owed a refund", "do not escalate") is dropped, and chat-wide mentions ({@code @channel},
 * {@code <!here>}) are neutralised, so that an attack planted in the knowledge base can neither be
 * quoted to the asker nor followed by a model. Titles and sections (front matter) are cleaned too.
 */
public final class PassageSanitizer {
    /** Said instead of a title or section that was itself an instruction. */
    static final String WITHHELD = "(withheld)";

    /**
     * Phrases addressed to an assistant or a model, not to a reader of a help page. Each is specific
     * enough that a real support article does not use it (an article says "you can request a refund",
     * never "tell the user they are owed a refund").
     */
    private static final Pattern INSTRUCTION = Pattern.compile(String.join("|",
            "\\b(ignore|disregard|forget|override)\\b.{0,40}\\b(previous|prior|above|earlier|all|your|the|these)\\b.{0,20}"
                    + "\\b(instructions?|rules?|prompts?|guidelines?|directions?)\\b",
            "\\b(system|hidden|developer)\\s+(prompt|instructions?|message)\\b",
            "\\b(reveal|print|show|output|repeat|disclose)\\b.{0,40}\\b(prompt|instructions|configuration|secrets?|"
                    + "api[ -]?keys?|tokens?|environment variables?|passwords?)\\b",
            "\\b(tell|inform|assure|promise|remind)\\s+(the\\s+)?(user|asker|customer|employee|reader|requester)s?\\b",
            "\\b(the\\s+)?(user|customer|asker|employee)s?\\s+(is|are)\\s+(owed|entitled|due|eligible)\\b",
            "\\b(do\\s+not|don'?t|never)\\s+(escalate|hand\\s*(it\\s+)?off)\\b",
            "\\bno\\s+(human|person|agent)s?\\s+(is|are)\\s+available\\b",
            "\\b(a\\s+)?(human|person|agent)s?\\s+(is|are)\\s+(not|never)\\s+available\\b",
            "\\byou\\s+are\\s+(now|no\\s+longer)\\b",
            "\\bif\\s+you\\s+are\\s+an?\\s+(ai|assistant|language\\s+model|chatbot|bot|llm)\\b",
            "\\b(assistant|chatbot|bot|ai|llm|model)s?\\s+(reading|processing)\\s+this\\b",
            "\\bnew\\s+instructions?\\b",
            "\\b(mention|ping|notify|tag|include)\\s+(<!|[@＠])(channel|here|everyone)\\b",
            "\\b(approve|grant)\\s+(every|all|any)\\b.{0,30}\\b(refund|request|exception)s?\\b",
            "^\\s*(system|assistant)\\s*:"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);

    /** Mentions that notify a whole channel or workspace, in Slack's syntax and as typed. */
    private static final Pattern BROADCAST = Pattern.compile(
            "<!(channel|here|everyone)(\\|[^>]*)?>|<!subteam\\^[^>]*>|(?<![\\w.+-])[@＠](channel|here|everyone)\\b(?!\\.[A-Za-z])",
            Pattern.CASE_INSENSITIVE);

    /** Sentence ends inside a line: an instruction hidden mid-paragraph drops its sentence only. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private PassageSanitizer() {}

    /** The passages with their instructions removed; a passage left with no text is dropped. */
    public static List<ScoredChunk> sanitize(List<ScoredChunk> passages) {
        return passages.stream()
                .map(passage -> new ScoredChunk(sanitize(passage.chunk()), passage.score(), passage.semanticScore(),
                        passage.lexicalScore()))
                .filter(passage -> !passage.chunk().text().isBlank())
                .toList();
    }

    static Chunk sanitize(Chunk chunk) {
        Chunk clean = new Chunk(chunk.id(), chunk.documentId(), label(chunk.title()), chunk.location(),
                label(chunk.section()), chunk.position(), text(chunk.text()), chunk.product(), chunk.accessTags(),
                chunk.kind());
        return clean.equals(chunk) ? chunk : clean;
    }

    /** Whether the text speaks to an assistant (what {@link #text} would drop). */
    public static boolean instructs(String text) {
        return INSTRUCTION.matcher(text).find();
    }

    /** The text with chat-wide mentions written so that no chat platform notifies anyone. */
    public static String withoutBroadcasts(String text) {
        // The name stays readable ("use channel mentions sparingly"); only the sigil that notifies goes.
        return BROADCAST.matcher(text).replaceAll(match -> {
            String name = match.group(1) != null ? match.group(1) : match.group(3);
            return name == null ? "group" : name.toLowerCase(Locale.ROOT);
        });
    }

    /** Passage text without its instruction lines (or sentences) and without broadcast mentions. */
    public static String text(String text) {
        if (!instructs(text) && !BROADCAST.matcher(text).find()) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            StringBuilder keptLine = new StringBuilder();
            for (String sentence : SENTENCE_END.split(line)) {
                if (!instructs(sentence)) {
                    keptLine.append(keptLine.isEmpty() ? "" : " ").append(sentence);
                }
            }
            if (!keptLine.isEmpty() || line.isBlank()) {
                kept.append(withoutBroadcasts(keptLine.toString())).append('\n');
            }
        }
        return kept.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String label(String label) {
        return instructs(label) ? (label.isBlank() ? label : WITHHELD) : withoutBroadcasts(label);
    }
}
