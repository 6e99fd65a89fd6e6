package waypoint.reporting.web;

import java.util.ArrayList;
import java.util.List;

import waypoint.reporting.internal.epa.EpaReport.GradeCount;

/**
 * The grade distribution as a horizontal bar chart drawn on the server as SVG attributes (no script, no inline
 * style, as the CSP requires); the page shows the same figures in a table for people who cannot see the chart.
 */
record GradeChart(List<Bar> bars, int width, int height) {

    static final int LABEL = 110;
    static final int PLOT = 360;
    static final int ROW = 36;

    record Bar(String grade, long count, int y, int barWidth, int textX) {
    }

    GradeChart(List<GradeCount> grades) {
        this(bars(grades), LABEL + PLOT + 50, Math.max(1, grades.size()) * ROW + 10);
    }

    private static List<Bar> bars(List<GradeCount> grades) {
        long maximum = grades.stream().mapToLong(GradeCount::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            GradeCount g = grades.get(i);
            int width = maximum == 0 ? 0 : (int) Math.round((double) PLOT * g.count() / maximum);
            bars.add(new Bar(g.grade(), g.count(), 5 + i * ROW, width, LABEL + width + 6));
        }
        return bars;
    }
}
