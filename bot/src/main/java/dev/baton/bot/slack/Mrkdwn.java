package dev.baton.bot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack mrkdwn from user or model text. Everything is escaped first (&amp;, &lt;, &gt;), so no text
 * can form {@code <!channel>}, {@code <!here>}, {@code <@U…>} or a disguised link; only then are
 * Markdown links, bold and headings turned into their mrkdwn forms, with http(s) URLs alone.
 */
final class Mrkdwn {
    /** Slack's limit on a section block's text. */
    static final int SECTION_LIMIT = 3000;
    /** Raw characters per hard cut: even all-ampersand text (5 characters escaped) stays in a section. */
    private static final int HARD_CUT = 500;

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,300})\\]\\((https?://[^)\\s|]{1,2000})\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]{1,500})\\*\\*");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+)$");

    private Mrkdwn() {}

    /** Escapes the three characters Slack gives meaning to; nothing else needs escaping. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Escaped text with Markdown links, bold and headings in their mrkdwn forms. */
    static String fromMarkdown(String text) {
        String escaped = escape(text);
        Matcher links = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (links.find()) {
            String label = links.group(1).replace("|", "/");
            links.appendReplacement(out, Matcher.quoteReplacement("<" + links.group(2) + "|" + label + ">"));
        }
        links.appendTail(out);
        String withBold = BOLD.matcher(out).replaceAll(match -> Matcher.quoteReplacement("*" + match.group(1) + "*"));
        return HEADING.matcher(withBold).replaceAll(match -> Matcher.quoteReplacement("*" + match.group(1).strip() + "*"));
    }

    /**
     * Splits text into pieces whose mrkdwn fits a section: at paragraphs where it can, then at lines,
     * then at spaces, and only as a last resort inside a word.
     */
    static List<String> sections(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String unit : units(text.strip())) {
            String candidate = current.isEmpty() ? unit : current + "\n\n" + unit;
            if (fromMarkdown(candidate).length() <= SECTION_LIMIT) {
                current.setLength(0);
                current.append(candidate);
            } else {
                if (!current.isEmpty()) {
                    pieces.add(fromMarkdown(current.toString()));
                }
                current.setLength(0);
                current.append(unit);
            }
        }
        if (!current.isEmpty()) {
            pieces.add(fromMarkdown(current.toString()));
        }
        return pieces;
    }

    /** Paragraphs, each cut further until its mrkdwn fits a section on its own. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (fromMarkdown(paragraph).length() <= SECTION_LIMIT) {
                if (!paragraph.isBlank()) {
                    units.add(paragraph);
                }
                continue;
            }
            for (String line : paragraph.split("\\n")) {
                String rest = line;
                while (fromMarkdown(rest).length() > SECTION_LIMIT) {
                    int cut = rest.lastIndexOf(' ', HARD_CUT);
                    cut = cut > HARD_CUT / 2 ? cut : HARD_CUT;
                    units.add(rest.substring(0, cut));
                    rest = rest.substring(cut).stripLeading();
                }
                if (!rest.isBlank()) {
                    units.add(rest);
                }
            }
        }
        return units;
    }
}
