package dev.baton.knowledge.ingest;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;

/**
 * The readable text of a Markdown block, as a person would read it aloud: link text without its
 * address, list items on their own lines, code as written.
 */
final class MarkdownText extends AbstractVisitor {
    private final StringBuilder out = new StringBuilder();

    static String of(Node node) {
        MarkdownText text = new MarkdownText();
        node.accept(text);
        return text.out.toString().strip();
    }

    @Override
    public void visit(Text text) {
        out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.append('\n');
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        // Inline tags (<br>, <kbd>) carry no words of their own.
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
        block(Jsoup.parse(htmlBlock.getLiteral()).text());
    }

    @Override
    public void visit(FencedCodeBlock code) {
        block(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        block(code.getLiteral());
    }

    @Override
    public void visit(Paragraph paragraph) {
        visitChildren(paragraph);
        newLine();
    }

    @Override
    public void visit(Heading heading) {
        visitChildren(heading);
        newLine();
    }

    @Override
    public void visit(BlockQuote blockQuote) {
        visitChildren(blockQuote);
        newLine();
    }

    @Override
    public void visit(ListItem item) {
        if (item.getParent() instanceof OrderedList list) {
            int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            for (Node sibling = list.getFirstChild(); sibling != null && sibling != item; sibling = sibling.getNext()) {
                number++;
            }
            out.append(number).append(". ");
        } else {
            out.append("- ");
        }
        visitChildren(item);
        newLine();
    }

    private void block(String text) {
        out.append(text.strip());
        newLine();
    }

    private void newLine() {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
