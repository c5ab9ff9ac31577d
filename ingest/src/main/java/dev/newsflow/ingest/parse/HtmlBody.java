package dev.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds an article's text in a page and leaves the rest behind: navigation, cookie banners, share bars, "most
 * read" and related links, newsletter boxes, comments, footers, captions, scripts and styles.
 *
 * <p>First everything that is never article text goes (by element, ARIA role and class or id names that
 * publishers use for boilerplate). Then the container of the text is chosen: an element marked as the article body
 * when the page has one, else the element whose paragraphs hold the most text (each paragraph counting fully for
 * its parent and half for its grandparent, so a body split into several {@code div}s still wins as a whole). Its
 * paragraphs, subheadings, quotes and list items are the body, in order, minus blocks that are mostly links.
 */
final class HtmlBody {

    private static final String NEVER_TEXT = "script, style, noscript, template, svg, iframe, form, button, input,"
            + " select, textarea, nav, footer, aside, figure, figcaption, picture, video, audio, canvas, dialog,"
            + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog],"
            + " [role=alertdialog], [aria-hidden=true], [hidden]";
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[\\s_-])(cookie|consent|gdpr|banner|share|sharing|social|newsletter|subscribe|signup|sign-up"
                    + "|related|most-?read|popular|trending|recommend|promo|advert|ads?|sponsor|comment|comments"
                    + "|footer|masthead|nav|navbar|menu|breadcrumbs?|sidebar|widget|author-?bio|bio|tags|topics"
                    + "|paywall|modal|popup|outbrain|taboola|more-from|read-?more|also-?read|byline|dateline"
                    + "|caption|credit|toolbar)($|[\\s_-])");
    private static final String ARTICLE_BODY = "[itemprop=articleBody], .article-body, .article__body, .story-body,"
            + " .entry-content, .post-content, .article-content, .content-body, .body-text";
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, li, pre";
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre");
    private static final int MIN_PARAGRAPH = 25;

    private HtmlBody() {}

    /** The article's paragraphs, in order; empty when the page holds no text worth the name. */
    static List<String> paragraphs(Document page) {
        Document doc = page.clone();
        doc.select(NEVER_TEXT).remove();
        removeBoilerplate(doc.body());
        Element container = container(doc);
        if (container == null) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : container.select(BLOCKS)) {
            if (hasBlockInside(block) || linkDensity(block) > 0.5) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    private static void removeBoilerplate(Element root) {
        if (root == null) {
            return;
        }
        // a wrapper named for its extras ("page comments-enabled") must not take the article with it
        int pageText = root.select("p").text().length();
        List<Element> doomed = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element == root
                    || element.tagName().equals("article")
                    || element.tagName().equals("main")) {
                continue;
            }
            String names = element.className() + " " + element.id();
            if (!names.isBlank()
                    && BOILERPLATE.matcher(names).find()
                    && !element.is(ARTICLE_BODY)
                    && element.select("p").text().length() * 2 <= pageText) {
                doomed.add(element);
            }
        }
        doomed.forEach(Element::remove);
    }

    private static Element container(Document doc) {
        Elements marked = doc.select(ARTICLE_BODY);
        if (!marked.isEmpty()) {
            return richest(marked);
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : doc.select("p, pre")) {
            int length = paragraph.text().length();
            if (length < MIN_PARAGRAPH || linkDensity(paragraph) > 0.5) {
                continue;
            }
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, (double) length, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2.0, Double::sum);
                }
            }
        }
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(doc.body());
    }

    private static Element richest(Elements candidates) {
        Element best = candidates.first();
        for (Element candidate : candidates) {
            if (candidate.select("p").text().length() > best.select("p").text().length()) {
                best = candidate;
            }
        }
        return best;
    }

    private static boolean hasBlockInside(Element block) {
        for (Element descendant : block.getAllElements()) {
            if (descendant != block && BLOCK_TAGS.contains(descendant.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static double linkDensity(Element block) {
        int length = block.text().length();
        return length == 0 ? 0 : (double) block.select("a").text().length() / length;
    }
}
