package uk.reviewhub.national.domain;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A report as CSV, XLSX or an SVG bar chart. Each is drawn from the report's already suppressed
 * values, so the same rules hold in every form; each carries the caveat and the legend.
 */
public final class ReportExports {

    private ReportExports() {
    }

    public static String csv(Report report) {
        StringBuilder out = new StringBuilder();
        line(out, List.of(report.title() + (report.period().isEmpty() ? "" : ", " + report.period())));
        line(out, List.of(report.caveat()));
        report.legend().forEach(l -> line(out, List.of(l)));
        report.notes().forEach(n -> line(out, List.of(n)));
        for (Report.Table table : report.tables()) {
            out.append("\r\n");
            line(out, List.of(table.title()));
            line(out, List.of(table.definition()));
            List<String> header = new ArrayList<>();
            header.add(table.rowHeading());
            header.addAll(table.columns());
            line(out, header);
            for (Report.Row row : table.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.label());
                cells.addAll(row.values());
                line(out, cells);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** RFC 4180 quoting; a cell that a spreadsheet would take for a formula is prefixed with an apostrophe. */
    static String quote(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    public static byte[] xlsx(Report report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet about = book.createSheet("About these figures");
            int r = 0;
            text(about.createRow(r++), 0, report.title() + (report.period().isEmpty() ? "" : ", " + report.period()));
            text(about.createRow(r++), 0, report.caveat());
            r++;
            text(about.createRow(r++), 0, "Legend");
            for (String l : report.legend()) {
                text(about.createRow(r++), 0, l);
            }
            r++;
            for (String n : report.notes()) {
                text(about.createRow(r++), 0, n);
            }
            Set<String> names = new HashSet<>();
            for (Report.Table table : report.tables()) {
                String name = sheetName(table.title(), names);
                Sheet sheet = book.createSheet(name);
                int i = 0;
                text(sheet.createRow(i++), 0, table.title());
                text(sheet.createRow(i++), 0, table.definition());
                text(sheet.createRow(i++), 0, report.caveat());
                Row header = sheet.createRow(i++);
                text(header, 0, table.rowHeading());
                for (int c = 0; c < table.columns().size(); c++) {
                    text(header, c + 1, table.columns().get(c));
                }
                for (Report.Row row : table.rows()) {
                    Row x = sheet.createRow(i++);
                    text(x, 0, row.label());
                    for (int c = 0; c < row.values().size(); c++) {
                        String v = row.values().get(c);
                        Cell cell = x.createCell(c + 1);
                        if (v.matches("[0-9]+(\\.[0-9]+)?")) {
                            cell.setCellValue(Double.parseDouble(v));
                        } else {
                            cell.setCellValue(v);
                        }
                    }
                }
            }
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
    }

    private static String sheetName(String title, Set<String> taken) {
        String base = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    /**
     * A horizontal bar chart of one column of a table, as SVG with a title and a description (the text
     * alternative) that states every bar's value; a value shown as c, x or z gets no bar, only its symbol.
     */
    public static String barChart(Report.Table table, int column, String caveat) {
        int rowHeight = 28;
        int labelWidth = 260;
        int barWidth = 360;
        int height = 60 + rowHeight * table.rows().size() + 40;
        double max = 0;
        for (Report.Row row : table.rows()) {
            max = Math.max(max, number(row.values().get(column)));
        }
        String measure = table.columns().get(column);
        StringBuilder description = new StringBuilder(measure + " by " + table.rowHeading().toLowerCase() + ": ");
        StringBuilder bars = new StringBuilder();
        int y = 50;
        for (int i = 0; i < table.rows().size(); i++) {
            Report.Row row = table.rows().get(i);
            String shown = row.values().get(column);
            description.append(i > 0 ? "; " : "").append(row.label()).append(' ').append(shown);
            bars.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 18)
                    .append("\" text-anchor=\"end\">").append(escape(row.label())).append("</text>");
            double value = number(shown);
            int width = max <= 0 || value <= 0 ? 0 : (int) Math.round(barWidth * value / max);
            if (width > 0) {
                bars.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(width)
                        .append("\" height=\"").append(rowHeight - 8).append("\" fill=\"#1d70b8\"/>");
            }
            bars.append("<text x=\"").append(labelWidth + width + 6).append("\" y=\"").append(y + 18).append("\">")
                    .append(escape(shown)).append("</text>");
            y += rowHeight;
        }
        description.append(". c = suppressed, x = not available, z = not applicable.");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" width=\""
                + (labelWidth + barWidth + 80) + "\" height=\"" + height + "\" viewBox=\"0 0 " + (labelWidth + barWidth + 80) + " "
                + height + "\" font-family=\"sans-serif\" font-size=\"14\" fill=\"#0b0c0c\">"
                + "<title id=\"chart-title\">" + escape(table.title() + ": " + measure) + "</title>"
                + "<desc id=\"chart-desc\">" + escape(description.toString()) + "</desc>"
                + "<text x=\"0\" y=\"24\" font-weight=\"bold\">" + escape(table.title() + ": " + measure) + "</text>"
                + bars
                + "<text x=\"0\" y=\"" + (height - 12) + "\" font-size=\"12\">" + escape(caveat) + "</text>"
                + "</svg>";
    }

    private static double number(String shown) {
        return shown.matches("[0-9]+(\\.[0-9]+)?") ? Double.parseDouble(shown) : 0;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
