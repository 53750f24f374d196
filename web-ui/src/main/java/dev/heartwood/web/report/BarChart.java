package dev.heartwood.web.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a bar chart the page draws as SVG, with no script: one bar for each group (a year), the whole of
 * it outlined and hatched and the part of it that answers the chart's question filled solid, so that the two read
 * apart in greyscale and on paper; each bar carries its value in words above it and in its accessible name. The scale
 * runs from nought to a round number at or above the tallest bar.
 *
 * @param id          names the chart's title and description for {@code aria-labelledby}
 * @param title       what the chart shows, its figure's caption
 * @param description the figures in words, for those who do not see the chart
 * @param whole       what a bar's whole counts, as the legend says it
 * @param part        what its solid part counts; none when the bar is all of one kind
 */
public record BarChart(String id, String title, String description, String whole, String part, List<Bar> bars,
                       List<Tick> ticks) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 260;
    public static final int LEFT = 56;
    public static final int BASELINE = 220;
    private static final int TOP = 28;
    private static final int RIGHT = 16;
    private static final int WIDEST_BAR = 72;
    private static final int TICKS = 4;

    /**
     * One group's bar.
     *
     * @param name  the bar in words: its group and its figures
     * @param value its figures as written above it
     */
    public record Bar(String group, String name, String value, double x, double width, double wholeY,
                      double wholeHeight, double partY, double partHeight) {

        public double middle() {
            return x + width / 2;
        }
    }

    /** A line across the chart at a value of the scale. */
    public record Tick(String value, double y) {
    }

    /** A group's figures: its whole, the part of it drawn solid, and how to write them. */
    record Figures(String group, BigDecimal whole, BigDecimal part, String name, String value) {
    }

    static BarChart of(String id, String title, String description, String whole, String part,
                       List<Figures> groups) {
        double top = scaleTop(groups.stream().map(Figures::whole).reduce(BigDecimal.ZERO, BigDecimal::max));
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, groups.size());
        double barWidth = Math.min(WIDEST_BAR, slot * 0.6);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Figures figures = groups.get(i);
            double wholeHeight = height(figures.whole(), top);
            double partHeight = height(figures.part(), top);
            bars.add(new Bar(figures.group(), figures.name(), figures.value(),
                    tenth(LEFT + slot * i + (slot - barWidth) / 2), tenth(barWidth), tenth(BASELINE - wholeHeight),
                    tenth(wholeHeight), tenth(BASELINE - partHeight), tenth(partHeight)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= TICKS; i++) {
            double value = top * i / TICKS;
            ticks.add(new Tick(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString(),
                    tenth(BASELINE - (BASELINE - TOP) * (double) i / TICKS)));
        }
        return new BarChart(id, title, description, whole, part, List.copyOf(bars), List.copyOf(ticks));
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int baseline() {
        return BASELINE;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    /** To a tenth of a unit, which is finer than a screen or a printer draws, so that the SVG stays short. */
    private static double tenth(double length) {
        return Math.round(length * 10) / 10.0;
    }

    private static double height(BigDecimal value, double top) {
        return value.doubleValue() / top * (BASELINE - TOP);
    }

    /** The smallest of 1, 2 or 5 times a power of ten, times the ticks, at or above the tallest bar. */
    private static double scaleTop(BigDecimal tallest) {
        double perTick = Math.max(1, tallest.doubleValue() / TICKS);
        double power = Math.pow(10, Math.floor(Math.log10(perTick)));
        for (double step : new double[]{1, 2, 5, 10}) {
            if (step * power >= perTick) {
                return step * power * TICKS;
            }
        }
        return 10 * power * TICKS;
    }
}
