package uk.reviewhub.document.domain;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.MustacheParseException;
import com.samskivert.mustache.Template;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logic-less templates (Mustache, through jmustache) that can neither run code nor read anything
 * but the data they are given:
 * <ul>
 *   <li>lookups go through {@link PlainDataCollector}: keys of maps and items of lists, nothing
 *       else; no getters, fields or methods of any object (jmustache's default collector would
 *       reflect on them);</li>
 *   <li>the data is first copied into plain maps, lists and strings ({@link PlainData});</li>
 *   <li>partials and template inheritance are refused: there is no loader;</li>
 *   <li>values are HTML-escaped ({@code {{{triple}}}} and {@code {{&amp;amp}}} are refused at
 *       compile time in HTML templates, so a value can never inject markup).</li>
 * </ul>
 * {@link #check} renders strictly (a name that the sample data does not have is an error, with its
 * line); {@link #render} leniently (a missing or null value renders as nothing).
 */
public final class TemplateEngine {

    private static final Pattern UNESCAPED = Pattern.compile("\\{\\{\\{|\\{\\{\\s*&");
    private static final Pattern PARTIAL = Pattern.compile("\\{\\{\\s*[>$<]");
    private static final Pattern LINE = Pattern.compile("@ line (\\d+)");

    private final Mustache.Compiler strictHtml;
    private final Mustache.Compiler lenientHtml;
    private final Mustache.Compiler lenientText;

    public TemplateEngine() {
        Mustache.Compiler base = Mustache.compiler()
                .withCollector(new PlainDataCollector())
                .withLoader(name -> {
                    throw new MustacheException("Partials are not allowed: '" + name + "'");
                })
                .standardsMode(false)
                .emptyStringIsFalse(true)
                .zeroIsFalse(true);
        this.strictHtml = base.escapeHTML(true).strictSections(true).nullValue("");
        this.lenientHtml = base.escapeHTML(true).defaultValue("");
        this.lenientText = base.escapeHTML(false).defaultValue("");
    }

    /** Compiles {@code text} and renders it strictly against {@code sample}; the HTML, or a {@link TemplateProblem}. */
    public String check(String text, Map<String, ?> sample) {
        Template template = compile(strictHtml, text, true);
        try {
            return template.execute(PlainData.copy(sample));
        } catch (MustacheException.Context e) {
            throw new TemplateProblem("Line " + e.lineNo + ": '" + e.key + "' is not a field of this document's data.",
                    e.lineNo, null);
        } catch (MustacheException e) {
            throw problem(e, text);
        }
    }

    /** Renders an HTML template (already checked) with {@code data}; missing values render as nothing. */
    public String renderHtml(String text, Map<String, ?> data) {
        return compile(lenientHtml, text, true).execute(PlainData.copy(data));
    }

    /** Renders a plain-text template (subjects and bodies of notices): nothing is escaped. */
    public String renderText(String text, Map<String, ?> data) {
        return compile(lenientText, text, false).execute(PlainData.copy(data));
    }

    private static Template compile(Mustache.Compiler compiler, String text, boolean html) {
        Matcher partial = PARTIAL.matcher(text);
        if (partial.find()) {
            int[] at = lineAndColumn(text, partial.start());
            throw new TemplateProblem("Line " + at[0] + ", column " + at[1]
                    + ": Partials are not allowed ({{>...}}, {{<...}}, {{$...}}): a template stands alone.", at[0], at[1]);
        }
        if (html) {
            Matcher unescaped = UNESCAPED.matcher(text);
            if (unescaped.find()) {
                int[] at = lineAndColumn(text, unescaped.start());
                throw new TemplateProblem("Line " + at[0] + ", column " + at[1]
                        + ": unescaped values ({{{...}}} or {{&...}}) are not allowed; use {{...}}.", at[0], at[1]);
            }
        }
        try {
            return compiler.compile(text);
        } catch (MustacheException e) {
            throw problem(e, text);
        }
    }

    private static TemplateProblem problem(MustacheException e, String text) {
        String message = e.getMessage() == null ? "The template is not valid." : e.getMessage();
        Integer line = null;
        Matcher m = LINE.matcher(message);
        if (m.find()) {
            line = Integer.valueOf(m.group(1));
        }
        String readable = message.replaceAll("\\s*@ line \\d+", "").trim();
        if (e instanceof MustacheParseException || line != null) {
            return new TemplateProblem((line == null ? "" : "Line " + line + ": ") + readable, line, null);
        }
        return new TemplateProblem(readable, null, null);
    }

    static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[]{line, column};
    }

    /** Looks up keys of maps and iterates lists; finds nothing on any other object. */
    static final class PlainDataCollector implements Mustache.Collector {
        private static final Mustache.VariableFetcher MAP = (ctx, name) -> {
            Map<?, ?> map = (Map<?, ?>) ctx;
            return map.containsKey(name) ? map.get(name) : Template.NO_FETCHER_FOUND;
        };
        private static final Mustache.VariableFetcher LIST = (ctx, name) -> {
            List<?> list = (List<?>) ctx;
            try {
                int index = Integer.parseInt(name);
                return index >= 0 && index < list.size() ? list.get(index) : Template.NO_FETCHER_FOUND;
            } catch (NumberFormatException e) {
                return Template.NO_FETCHER_FOUND;
            }
        };
        private static final Mustache.VariableFetcher NOTHING = (ctx, name) -> Template.NO_FETCHER_FOUND;

        @Override
        public Iterator<?> toIterator(Object value) {
            return value instanceof List<?> list ? list.iterator() : null;
        }

        @Override
        public Mustache.VariableFetcher createFetcher(Object ctx, String name) {
            if (ctx instanceof Map<?, ?>) {
                return MAP;
            }
            if (ctx instanceof List<?>) {
                return LIST;
            }
            return NOTHING;
        }

        @Override
        public <K, V> Map<K, V> createFetcherCache() {
            return new ConcurrentHashMap<>();
        }
    }
}
