package id.gugus.report.render;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Locale;

/**
 * Bar charts drawn as inline SVG, so that the HTML report needs no script and no network. Each
 * bar's label sits above it at full width, so long names never get cut, and the drawing scales
 * with the page ({@code viewBox}, width 100%), from a phone to A4. A suppressed number is
 * drawn as a hatched stub marked "hidden", never as a bar of any length.
 */
final class SvgCharts {
    static final int WIDTH = 400;
    private static final int ROW = 34;
    private static final int LABEL = 13;
    private static final int BAR = 14;
    private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();

    /** One bar: its label, its segments' values (null: suppressed), and a text after it. */
    record Bar(String label, List<Long> segments, String valueText) {}

    private SvgCharts() {}

    /**
     * Horizontal bars, one row per bar; a bar of several segments is stacked in the given colours.
     *
     * @param scale the value of a full-width bar (the largest value, or 100 for percentages)
     */
    static String bars(String id, String title, List<Bar> bars, List<String> colours, List<String> legend,
            double scale, String hiddenText) {
        int legendHeight = legend.isEmpty() ? 0 : 22;
        int height = legendHeight + Math.max(1, bars.size()) * ROW + 6;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" id=\"").append(id).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" role=\"img\" aria-label=\"").append(ESCAPE.escape(title))
                .append("\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#eee\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#999\" stroke-width=\"3\"/></pattern></defs>");
        int x = 0;
        for (int i = 0; i < legend.size(); i++) {
            svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
                    .append(colours.get(i)).append("\"/><text x=\"").append(x + 16).append("\" y=\"14\" class=\"lbl\">")
                    .append(ESCAPE.escape(legend.get(i))).append("</text>");
            x += 16 + 8 * legend.get(i).length() + 14;
        }
        double barSpace = WIDTH - 90;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = legendHeight + i * ROW;
            svg.append("<text x=\"0\" y=\"").append(top + LABEL).append("\" class=\"lbl\">")
                    .append(ESCAPE.escape(bar.label())).append("</text>");
            double offset = 0;
            boolean hidden = false;
            for (int s = 0; s < bar.segments().size(); s++) {
                Long value = bar.segments().get(s);
                if (value == null) {
                    hidden = true;
                    continue;
                }
                double w = scale <= 0 ? 0 : Math.min(1, value / scale) * barSpace;
                svg.append("<rect x=\"").append(fmt(offset)).append("\" y=\"").append(top + LABEL + 4)
                        .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR).append("\" fill=\"")
                        .append(colours.get(s % colours.size())).append("\"/>");
                offset += w;
            }
            if (hidden) {
                svg.append("<rect x=\"").append(fmt(offset)).append("\" y=\"").append(top + LABEL + 4)
                        .append("\" width=\"24\" height=\"").append(BAR).append("\" fill=\"url(#").append(id)
                        .append("-hatch)\"/>");
                offset += 24;
            }
            String text = hidden && bar.valueText().isEmpty() ? hiddenText : bar.valueText();
            svg.append("<text x=\"").append(fmt(offset + 4)).append("\" y=\"").append(top + LABEL + 4 + BAR - 3)
                    .append("\" class=\"val\">").append(ESCAPE.escape(text)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
