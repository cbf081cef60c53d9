package uk.reviewhub.scrutiny.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The themes across observations (how many gave each rating, per domain; see {@link RatingSummary})
 * as a bar chart drawn on the server as SVG: one group of horizontal bars per domain, one bar per
 * rating in the scale's order, each labelled with its rating and count, so the chart reads without
 * colour. It is accessible on its own ({@code role="img"}, a {@code <title>} and a {@code <desc>}
 * saying every figure) and documents put the same figures beside it as a table. Names and ratings
 * come from the framework, so every text is escaped.
 */
public final class ScrutinyRatingChart {

    /** The longest bar, in pixels: the largest count is drawn this long and the others in proportion. */
    public static final int LONGEST = 300;
    static final int WIDTH = 640;
    static final int LABEL_X = 16;
    static final int BAR_X = 230;
    static final int ROW = 22;
    static final int HEADING = 26;
    static final int BAR_HEIGHT = 14;
    static final String[] COLOURS = {"#1d70b8", "#00703c", "#b58800", "#d4351c", "#4c2c92", "#505a5f"};

    /** One bar: a domain's rating, how many observations gave it, and its length in pixels. */
    public record Bar(String domain, String domainName, String rating, int count, int length) {
    }

    private ScrutinyRatingChart() {
    }

    /** The bars of the chart, domain by domain in the summary's order, ratings in scale order. */
    public static List<Bar> bars(List<RatingSummary.DomainCounts> themes) {
        int most = themes.stream().flatMap(d -> d.counts().values().stream()).mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (RatingSummary.DomainCounts domain : themes) {
            for (Map.Entry<String, Integer> count : domain.counts().entrySet()) {
                int length = most == 0 ? 0 : Math.round((float) count.getValue() * LONGEST / most);
                bars.add(new Bar(domain.domain(), domain.domainName(), count.getKey(), count.getValue(), length));
            }
        }
        return bars;
    }

    /** The chart's description: every figure in words ("Practice: Good 2, Requires improvement 1."). */
    public static String description(List<RatingSummary.DomainCounts> themes) {
        if (themes.isEmpty()) {
            return "No observation has been rated yet.";
        }
        StringJoiner text = new StringJoiner(" ", "How many observations gave each rating, per domain. ", "");
        for (RatingSummary.DomainCounts domain : themes) {
            StringJoiner counts = new StringJoiner(", ", domain.domainName() + ": ", ".");
            domain.counts().forEach((rating, count) -> counts.add(rating + " " + count));
            text.add(counts.toString());
        }
        return text.toString();
    }

    /** The chart as a standalone SVG element (well-formed XML), titled {@code title}. */
    public static String svg(List<RatingSummary.DomainCounts> themes, String title) {
        List<Bar> bars = bars(themes);
        StringBuilder body = new StringBuilder();
        int y = 8;
        String domain = null;
        int index = 0;
        int axisFrom = 0;
        for (Bar bar : bars) {
            if (!bar.domain().equals(domain)) {
                if (domain != null) {
                    body.append(axis(axisFrom, y - ROW + BAR_HEIGHT + 3));
                }
                domain = bar.domain();
                index = 0;
                y += HEADING;
                body.append(text(LABEL_X, y - 8, bar.domainName(), "bold"));
                axisFrom = y - 3;
            }
            int top = y;
            body.append(text(LABEL_X + 12, top + BAR_HEIGHT - 2, bar.rating(), null));
            if (bar.length() > 0) {
                body.append("<rect x=\"").append(BAR_X).append("\" y=\"").append(top).append("\" width=\"").append(bar.length())
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(COLOURS[index % COLOURS.length]).append("\"/>");
            }
            body.append(text(BAR_X + bar.length() + 6, top + BAR_HEIGHT - 2, String.valueOf(bar.count()), null));
            y += ROW;
            index++;
        }
        if (domain != null) {
            body.append(axis(axisFrom, y - ROW + BAR_HEIGHT + 3));
        }
        if (bars.isEmpty()) {
            y += HEADING;
            body.append(text(LABEL_X, y, "No observation has been rated yet.", null));
        }
        int height = y + 10;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"rating-chart-title rating-chart-desc\""
                + " width=\"" + WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\">"
                + "<title id=\"rating-chart-title\">" + escape(title) + "</title>"
                + "<desc id=\"rating-chart-desc\">" + escape(description(themes)) + "</desc>"
                + body + "</svg>";
    }

    /** The line the bars of one domain start from. */
    private static String axis(int from, int to) {
        return "<line x1=\"" + BAR_X + "\" y1=\"" + from + "\" x2=\"" + BAR_X + "\" y2=\"" + to + "\" stroke=\"#505a5f\" stroke-width=\"1\"/>";
    }

    private static String text(int x, int y, String text, String weight) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\" fill=\"#0b0c0c\""
                + (weight == null ? "" : " font-weight=\"" + weight + "\"") + ">" + escape(text) + "</text>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
