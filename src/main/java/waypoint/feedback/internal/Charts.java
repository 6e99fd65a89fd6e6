package waypoint.feedback.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Bar charts drawn on the server as SVG, so results show without JavaScript and without inline styles (presentation
 * attributes only, which the content security policy allows). Each chart has a title for assistive technology,
 * and every page that shows one also shows the same figures as a table.
 */
public final class Charts {

    private Charts() {
    }

    public record Bar(String label, double value) {
    }

    private static final int WIDTH = 480;
    private static final int ROW = 28;
    private static final int LABEL = 140;

    /** A horizontal bar chart; bars in GOV.UK blue, values written at the end of each bar. */
    public static String bars(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = ROW * Math.max(1, bars.size()) + 8;
        StringBuilder svg = new StringBuilder();
        String id = "chart-" + Integer.toHexString(title.hashCode() & 0x7fffffff);
        svg.append(String.format(Locale.UK, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"%s\" "
                + "viewBox=\"0 0 %d %d\" width=\"100%%\" height=\"%d\" focusable=\"false\">", id, WIDTH, height, height));
        svg.append("<title id=\"").append(id).append("\">").append(HtmlUtils.htmlEscape(title)).append("</title>");
        int y = 4;
        for (Bar bar : bars) {
            int length = max == 0 ? 0 : (int) Math.round((WIDTH - LABEL - 60) * bar.value() / max);
            svg.append(String.format(Locale.UK, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"14\" fill=\"#0b0c0c\">%s</text>",
                    LABEL - 8, y + 18, HtmlUtils.htmlEscape(bar.label())));
            svg.append(String.format(Locale.UK, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"#1d70b8\"/>",
                    LABEL, y + 3, length));
            svg.append(String.format(Locale.UK, "<text x=\"%d\" y=\"%d\" font-size=\"14\" fill=\"#0b0c0c\">%s</text>",
                    LABEL + length + 6, y + 18, format(bar.value())));
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.UK, "%.1f", value);
    }
}
