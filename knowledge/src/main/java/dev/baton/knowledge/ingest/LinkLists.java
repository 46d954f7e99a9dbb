package dev.baton.knowledge.ingest;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.jsoup.nodes.Element;

/**
 * Recognises navigation inside an article: lists whose items are nothing but links ("Related
 * pages", tables of contents, breadcrumbs). They are not indexed: they name every topic of the pages
 * they point to, so they match questions better than the content does, and quoting them answers
 * nothing. A list whose items explain their links ("Offboarding: what to return") is content.
 */
final class LinkLists {
    /** Characters of a list item outside its links that still leave it a bare link (separators, punctuation). */
    private static final int MAX_TEXT_BESIDE_LINKS = 3;

    private LinkLists() {}

    static boolean isLinkOnly(Node block) {
        if (!(block instanceof BulletList) && !(block instanceof OrderedList)) {
            return false;
        }
        boolean any = false;
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                return false;
            }
            StringBuilder links = new StringBuilder();
            item.accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    links.append(MarkdownText.of(link));
                }
            });
            if (links.isEmpty() || !bare(MarkdownText.of(item), links.toString())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    static boolean isLinkOnly(Element list) {
        if (!List.of("ul", "ol").contains(list.normalName())) {
            return false;
        }
        List<Element> items = list.children().stream().filter(child -> child.normalName().equals("li")).toList();
        if (items.isEmpty()) {
            return false;
        }
        for (Element item : items) {
            String links = String.join("", item.select("a").eachText());
            if (links.isEmpty() || !bare(item.text(), links)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bare(String text, String linkText) {
        return letters(text).length() - letters(linkText).length() <= MAX_TEXT_BESIDE_LINKS;
    }

    private static String letters(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
