package dev.newsflow.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The paragraphs of the HTML fragments feeds carry in {@code content:encoded}, Atom {@code content} and
 * {@code description}: block elements and double {@code <br>}s end paragraphs, media and scripts are dropped.
 * Unlike a whole page, a feed fragment is the article itself, so nothing else is removed.
 */
final class FeedHtml {

    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, form, button,"
            + " input, select, svg, img, picture, video, audio, figure, canvas";
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "aside",
            "hr",
            "address",
            "details");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[A-Za-z][A-Za-z0-9]*[\\s>/]|&[#A-Za-z0-9]+;");

    private FeedHtml() {}

    /** Whether {@code text} carries markup (tags or character references) rather than plain text. */
    static boolean looksLikeHtml(String text) {
        return TAG.matcher(text).find();
    }

    /** The text of {@code html} by paragraph, markup removed, white space inside a paragraph not yet collapsed. */
    static List<String> paragraphs(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(NEVER_TEXT).remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            text.append(textNode.getWholeText().replace('\n', ' '));
                        } else if (node instanceof Element element) {
                            if (element.normalName().equals("br")) {
                                text.append('\n');
                            } else if (BLOCKS.contains(element.normalName())) {
                                text.append("\n\n");
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            text.append("\n\n");
                        }
                    }
                },
                body);
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** The text of a one-line field (a title) that may carry markup. */
    static String inline(String html) {
        if (html == null) {
            return null;
        }
        return looksLikeHtml(html) ? Jsoup.parseBodyFragment(html).body().text() : html;
    }
}
