package uk.reviewhub.document.domain;

import jakarta.inject.Singleton;
import org.jsoup.nodes.Document;
import uk.reviewhub.api.document.TemplateKind;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders documents with the bound partnership's current template of a kind (or the built-in
 * default): the template gives an HTML fragment, which is cleaned ({@link HtmlDocument}) and
 * written as HTML, PDF or DOCX. The meetings feature calls this for agendas, minutes and apology
 * follow-up letters with data shaped like {@link SampleData#of}. Must be called with a tenant bound
 * (inside a request, or {@code TenantContext.callAs}).
 */
@Singleton
public class DocumentRenderer {

    private final Templates templates;

    DocumentRenderer(Templates templates) {
        this.templates = templates;
    }

    /**
     * @param data plain values: maps, lists, strings, numbers, booleans, dates (anything else is
     *             rendered as its {@code toString()}); fields missing from it render as nothing
     */
    public RenderedDocument render(TemplateKind kind, Map<String, ?> data, DocumentFormat format) {
        return render(kind, data, format, null, null);
    }

    /**
     * As {@link #render(TemplateKind, Map, DocumentFormat)}, marked whatever the template says:
     * with {@code mark} (e.g. "DRAFT") the document opens with a line saying so ({@code markLine})
     * and, as a PDF, carries the mark as a watermark on every page. The partnership's template
     * cannot leave the mark out.
     */
    public RenderedDocument render(TemplateKind kind, Map<String, ?> data, DocumentFormat format, String mark, String markLine) {
        return write(fragment(kind, data), title(kind, data), format, mark, markLine);
    }

    /**
     * As {@link #render(TemplateKind, Map, DocumentFormat)}, with the application's own figures: each
     * SVG of {@code figures} (by name, made by the application) is drawn where the template placed
     * {@code <div class="figure-NAME"></div>}, in HTML and PDF. DOCX carries no SVG: the template's
     * table of the same figures stands for it.
     */
    public RenderedDocument render(TemplateKind kind, Map<String, ?> data, DocumentFormat format, Map<String, String> figures) {
        Document page = HtmlDocument.page(fragment(kind, data), title(kind, data));
        if (format != DocumentFormat.DOCX) {
            HtmlDocument.placeFigures(page, figures);
        }
        return write(page, format);
    }

    /** The partnership's current template of {@code kind} rendered with {@code data}, as an HTML fragment (e.g. to keep as issued). */
    public String fragment(TemplateKind kind, Map<String, ?> data) {
        return templates.engine().renderHtml(templates.current(kind).body(), data);
    }

    /** Writes an already-rendered fragment (e.g. a preview) in {@code format}. */
    public RenderedDocument write(String fragment, String title, DocumentFormat format) {
        return write(fragment, title, format, null, null);
    }

    private RenderedDocument write(String fragment, String title, DocumentFormat format, String mark, String markLine) {
        Document page = HtmlDocument.page(fragment, title);
        if (mark != null) {
            HtmlDocument.mark(page, mark, markLine == null ? mark : markLine, format == DocumentFormat.PDF);
        }
        return write(page, format);
    }

    private static RenderedDocument write(Document page, DocumentFormat format) {
        String html = page.outerHtml();
        byte[] content = switch (format) {
            case HTML -> html.getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfWriter.write(page);
            case DOCX -> DocxWriter.write(page);
        };
        return new RenderedDocument(content, format, html);
    }

    private static String title(TemplateKind kind, Map<String, ?> data) {
        String label = Templates.label(kind);
        if (data.get("group") instanceof Map<?, ?> group && group.get("name") != null) {
            return group.get("name") + ": " + label;
        }
        return label;
    }
}
