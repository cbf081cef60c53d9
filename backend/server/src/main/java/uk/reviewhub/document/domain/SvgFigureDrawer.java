package uk.reviewhub.document.domain;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the application's own figures (SVG made on the server, e.g. the scrutiny rating chart) into
 * a PDF as vector graphics, without a general SVG engine: it knows the few elements the figures use
 * ({@code rect}, {@code line}, {@code text} with plain attributes) and ignores everything else. A
 * template cannot reach it: templates are cleaned of every SVG element before figures are placed.
 */
final class SvgFigureDrawer implements SVGDrawer {

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
    }

    @Override
    public void addFontFile(File font, String family, Integer weight, BaseRendererBuilder.FontStyle style) {
    }

    @Override
    public void close() {
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight, double dotsPerPixel) {
        // The CSS size comes in dots; the figure is drawn in CSS pixels.
        double width = cssWidth > 0 ? cssWidth / dotsPerPixel : number(svg, "width", 300);
        double height = cssHeight > 0 ? cssHeight / dotsPerPixel : number(svg, "height", 150);
        List<Element> shapes = new ArrayList<>();
        for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                shapes.add(e);
            }
        }
        double scaleX = width / number(svg, "width", width);
        double scaleY = height / number(svg, "height", height);
        return new Figure(shapes, width, height, scaleX, scaleY, dotsPerPixel);
    }

    private record Figure(List<Element> shapes, double width, double height, double scaleX, double scaleY,
                          double dotsPerPixel) implements SVGImage {

        @Override
        public int getIntrinsicWidth() {
            return (int) Math.round(width * dotsPerPixel);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) Math.round(height * dotsPerPixel);
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
            device.drawWithGraphics((float) x, (float) y, (float) width, (float) height, this::paint);
        }

        private void paint(Graphics2D g) {
            g.scale(scaleX, scaleY);
            for (Element e : shapes) {
                switch (e.getLocalName() == null ? e.getTagName() : e.getLocalName()) {
                    case "rect" -> {
                        g.setColor(colour(e.getAttribute("fill"), Color.BLACK));
                        g.fill(new Rectangle2D.Double(number(e, "x", 0), number(e, "y", 0), number(e, "width", 0), number(e, "height", 0)));
                    }
                    case "line" -> {
                        g.setColor(colour(e.getAttribute("stroke"), Color.BLACK));
                        g.setStroke(new BasicStroke((float) number(e, "stroke-width", 1)));
                        g.draw(new Line2D.Double(number(e, "x1", 0), number(e, "y1", 0), number(e, "x2", 0), number(e, "y2", 0)));
                    }
                    case "text" -> {
                        g.setColor(colour(e.getAttribute("fill"), Color.BLACK));
                        g.setFont(new Font(Font.SANS_SERIF, "bold".equals(e.getAttribute("font-weight")) ? Font.BOLD : Font.PLAIN,
                                (int) Math.round(number(e, "font-size", 12))));
                        g.drawString(e.getTextContent(), (float) number(e, "x", 0), (float) number(e, "y", 0));
                    }
                    default -> {
                        // title, desc and anything else: not drawn
                    }
                }
            }
        }
    }

    static double number(Element e, String attribute, double otherwise) {
        String value = e.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value.replace("px", "").strip());
        } catch (NumberFormatException ex) {
            return otherwise;
        }
    }

    static Color colour(String value, Color otherwise) {
        if (value != null && value.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(value.substring(1), 16));
        }
        return otherwise;
    }
}
