package uk.reviewhub.document.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

import java.util.Map;

/**
 * A rendered template (an HTML fragment) made safe and whole. The fragment is cleaned to a fixed
 * set of text, list and table elements with no URLs, scripts, styles or images, so neither a
 * template nor a value can make the PDF writer fetch anything or a browser run anything; then it is
 * wrapped in a page with the house style, as well-formed XHTML for the PDF writer.
 */
public final class HtmlDocument {

    static final Safelist ALLOWED = new Safelist()
            .addTags("h1", "h2", "h3", "h4", "p", "br", "hr", "strong", "em", "b", "i", "u", "small", "span", "div",
                    "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption")
            .addAttributes(":all", "class")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan");

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm; }
            body { font-family: Helvetica, Arial, sans-serif; font-size: 11pt; line-height: 1.35; color: #111; }
            h1 { font-size: 18pt; margin: 0 0 8pt 0; }
            h2 { font-size: 14pt; margin: 14pt 0 6pt 0; }
            h3 { font-size: 12pt; margin: 10pt 0 4pt 0; }
            table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
            th, td { border: 1px solid #666; padding: 3pt 5pt; text-align: left; vertical-align: top; }
            th { background: #eee; }
            .rh-mark-line { border: 2px solid #111; padding: 4pt 6pt; font-weight: bold; }
            .rh-watermark { position: fixed; top: 95mm; left: 0; width: 100%; text-align: center; font-size: 110pt;
                            font-weight: bold; color: #e4e4e4; transform: rotate(-40deg); z-index: -1; }
            """;

    private HtmlDocument() {
    }

    /** The fragment with everything outside {@link #ALLOWED} removed. */
    public static String clean(String fragment) {
        return Jsoup.clean(fragment, "", ALLOWED, new Document.OutputSettings().prettyPrint(false));
    }

    /**
     * Marks a page (e.g. DRAFT): a bordered line at the top of the body with {@code line}, and with
     * {@code watermark} the mark in large pale letters behind every page (the PDF writer repeats
     * fixed elements on each page).
     */
    static void mark(Document page, String mark, String line, boolean watermark) {
        page.body().prependElement("p").addClass("rh-mark-line").text(line);
        if (watermark) {
            page.body().prependElement("div").addClass("rh-watermark").text(mark);
        }
    }

    /**
     * Puts the application's own figures into the cleaned page: each SVG (made on the server, never
     * from a template or a value, which are cleaned of SVG first) goes inside every
     * {@code <div class="figure-NAME">} the template placed. A template without the placeholder shows
     * no figure; its table of the same figures stands alone.
     */
    static void placeFigures(Document page, Map<String, String> figures) {
        figures.forEach((name, svg) -> {
            for (Element place : page.body().select("div.figure-" + name)) {
                Document parsed = Jsoup.parse(svg, "", Parser.xmlParser());
                place.appendChildren(new java.util.ArrayList<>(parsed.childNodes()));
            }
        });
    }

    /** A whole XHTML page around the cleaned fragment. */
    public static Document page(String fragment, String title) {
        Document page = Jsoup.parse("<html><head><meta charset=\"utf-8\"/><title></title><style></style></head><body></body></html>");
        page.title(title == null ? "" : title);
        page.selectFirst("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
        page.body().html(clean(fragment));
        page.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8");
        return page;
    }
}
