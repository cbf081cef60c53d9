package uk.reviewhub.document.domain;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * HTML page to DOCX with Apache POI: headings, paragraphs (bold, italic, underline, line breaks),
 * bulleted and numbered lists, and tables, which is all the templates' cleaned HTML can hold.
 */
final class DocxWriter {

    private static final String FONT = "Arial";

    private DocxWriter() {
    }

    static byte[] write(Document page) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            blocks(doc, page.body().childNodes());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void blocks(XWPFDocument doc, List<Node> nodes) {
        XWPFParagraph loose = null; // inline content directly inside a block container
        for (Node node : nodes) {
            if (node instanceof Element e && isBlock(e)) {
                loose = null;
                block(doc, e);
            } else if (node instanceof TextNode t && t.isBlank()) {
                continue;
            } else {
                if (loose == null) {
                    loose = doc.createParagraph();
                }
                inline(loose, node, new Look(false, false, false, 11));
            }
        }
    }

    private static boolean isBlock(Element e) {
        return switch (e.normalName()) {
            case "h1", "h2", "h3", "h4", "p", "div", "blockquote", "ul", "ol", "table", "hr" -> true;
            default -> false;
        };
    }

    private static void block(XWPFDocument doc, Element e) {
        switch (e.normalName()) {
            case "h1" -> heading(doc, e, 18);
            case "h2" -> heading(doc, e, 14);
            case "h3" -> heading(doc, e, 12);
            case "h4" -> heading(doc, e, 11);
            case "p" -> paragraph(doc, e);
            case "div", "blockquote" -> blocks(doc, e.childNodes());
            case "ul", "ol" -> list(doc, e, e.normalName().equals("ol"));
            case "table" -> table(doc, e);
            case "hr" -> doc.createParagraph().setBorderBottom(Borders.SINGLE);
            default -> paragraph(doc, e);
        }
    }

    private static void heading(XWPFDocument doc, Element e, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(size >= 14 ? 240 : 160);
        p.setSpacingAfter(80);
        p.setKeepNext(true);
        e.childNodes().forEach(child -> inline(p, child, new Look(true, false, false, size)));
    }

    private static void paragraph(XWPFDocument doc, Element e) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
        e.childNodes().forEach(child -> inline(p, child, new Look(false, false, false, 11)));
    }

    private static void list(XWPFDocument doc, Element list, boolean numbered) {
        int number = 0;
        for (Element li : list.children()) {
            if (!li.normalName().equals("li")) {
                continue;
            }
            number++;
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(360);
            p.setIndentationHanging(360);
            run(p, (numbered ? number + "." : "\u2022") + "\t", new Look(false, false, false, 11));
            for (Node child : li.childNodes()) {
                if (child instanceof Element nested && (nested.normalName().equals("ul") || nested.normalName().equals("ol"))) {
                    list(doc, nested, nested.normalName().equals("ol"));
                } else {
                    inline(p, child, new Look(false, false, false, 11));
                }
            }
        }
    }

    private static void table(XWPFDocument doc, Element table) {
        List<Element> rows = table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
        if (rows.isEmpty()) {
            return;
        }
        Element caption = table.selectFirst("> caption");
        if (caption != null && !caption.text().isBlank()) {
            // The table's caption (its accessible name) goes above it as a bold line kept with the table.
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingBefore(120);
            p.setKeepNext(true);
            caption.childNodes().forEach(child -> inline(p, child, new Look(true, false, false, 11)));
        }
        int columns = rows.stream().mapToInt(tr -> tr.select("> th, > td").size()).max().orElse(1);
        XWPFTable t = doc.createTable(rows.size(), Math.max(columns, 1));
        t.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            List<Element> cells = rows.get(r).select("> th, > td");
            XWPFTableRow row = t.getRow(r);
            for (int c = 0; c < cells.size() && c < columns; c++) {
                Element cell = cells.get(c);
                XWPFTableCell target = row.getCell(c);
                XWPFParagraph p = target.getParagraphs().getFirst();
                boolean header = cell.normalName().equals("th");
                cell.childNodes().forEach(child -> inline(p, child, new Look(header, false, false, 10)));
            }
        }
        doc.createParagraph();
    }

    private static void inline(XWPFParagraph p, Node node, Look look) {
        if (node instanceof TextNode t) {
            String text = t.text();
            if (!text.isEmpty()) {
                run(p, text, look);
            }
        } else if (node instanceof Element e) {
            Look inner = switch (e.normalName()) {
                case "strong", "b", "th" -> look.withBold();
                case "em", "i" -> look.withItalic();
                case "u" -> look.withUnderline();
                default -> look;
            };
            if (e.normalName().equals("br")) {
                p.createRun().addBreak();
                return;
            }
            if (e.normalName().equals("li") || e.normalName().equals("p") || e.normalName().equals("div")) {
                if (!p.getRuns().isEmpty()) {
                    p.createRun().addBreak();
                }
            }
            e.childNodes().forEach(child -> inline(p, child, inner));
        }
    }

    private static void run(XWPFParagraph p, String text, Look look) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(look.size());
        run.setBold(look.bold);
        run.setItalic(look.italic);
        if (look.underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private record Look(boolean bold, boolean italic, boolean underline, int size) {
        Look withBold() {
            return new Look(true, italic, underline, size);
        }

        Look withItalic() {
            return new Look(bold, true, underline, size);
        }

        Look withUnderline() {
            return new Look(bold, italic, true, size);
        }
    }
}
