package waypoint.reporting.web;

import java.util.ArrayList;
import java.util.List;

import waypoint.reporting.internal.accountability.AccountabilityReport.Line;
import waypoint.reporting.internal.accountability.AccountabilityReport.YearLines;

/**
 * The trend of the achievement, timely achievement and retention rates over the years as a grouped bar chart drawn
 * on the server as SVG attributes (no script, no inline style, as the CSP requires), like {@link GradeChart}. A year
 * with nobody counted has no bar and says so; the page shows the same figures in a table.
 */
record TrendChart(List<Year> years, List<Series> series, List<Tick> ticks, int width, int height, int baseline) {

    static final int LEFT = 50;
    static final int PLOT_HEIGHT = 200;
    static final int TOP = 20;
    static final int BAR = 28;
    static final int GAP = 30;
    static final String[] COLOURS = {"#1d70b8", "#00703c", "#4c2c92"};

    record Bar(int x, int y, int barHeight, String colour, String text, int textY) {
    }

    record Year(String label, int labelX, List<Bar> bars) {
    }

    record Series(String title, String colour, int x) {
    }

    record Tick(String label, int y) {
    }

    static TrendChart of(List<YearLines> trend) {
        int perYear = trend.isEmpty() ? 0 : trend.get(0).lines().size();
        int groupWidth = perYear * BAR + GAP;
        int baseline = TOP + PLOT_HEIGHT;
        List<Year> years = new ArrayList<>();
        for (int i = 0; i < trend.size(); i++) {
            YearLines y = trend.get(i);
            int x0 = LEFT + 10 + i * groupWidth;
            List<Bar> bars = new ArrayList<>();
            for (int j = 0; j < y.lines().size(); j++) {
                Line line = y.lines().get(j);
                int x = x0 + j * BAR;
                if (line.figure().hasCohort()) {
                    int h = (int) Math.round(PLOT_HEIGHT * line.figure().percent().doubleValue() / 100.0);
                    bars.add(new Bar(x, baseline - h, h, COLOURS[j % COLOURS.length],
                            line.figure().percent().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString(),
                            baseline - h - 4));
                } else {
                    bars.add(new Bar(x, baseline, 0, COLOURS[j % COLOURS.length], "none", baseline - 4));
                }
            }
            years.add(new Year(y.year().startYear() + "/" + String.valueOf(y.year().startYear() + 1).substring(2),
                    x0, bars));
        }
        List<Series> series = new ArrayList<>();
        if (!trend.isEmpty()) {
            List<Line> first = trend.get(0).lines();
            for (int j = 0; j < first.size(); j++) {
                series.add(new Series(first.get(j).figure().indicator().title(), COLOURS[j % COLOURS.length],
                        LEFT + 10 + j * 200));
            }
        }
        List<Tick> ticks = List.of(new Tick("0%", baseline), new Tick("50%", TOP + PLOT_HEIGHT / 2),
                new Tick("100%", TOP));
        int width = Math.max(LEFT + 10 + trend.size() * groupWidth, LEFT + 10 + series.size() * 200) + 10;
        return new TrendChart(years, series, ticks, width, baseline + 60, baseline);
    }
}
