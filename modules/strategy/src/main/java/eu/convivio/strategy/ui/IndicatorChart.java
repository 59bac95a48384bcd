package eu.convivio.strategy.ui;

import eu.convivio.strategy.application.Monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An indicator's values over time as a server-rendered SVG (no script, no inline style: the page's
 * Content-Security-Policy allows neither): the measured values as a line, the baseline and the
 * target as dashed levels with their dates marked. The chart is an image with a text alternative;
 * the page shows the same figures in a table beside it.
 */
final class IndicatorChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    private IndicatorChart() {
    }

    /** The SVG markup; {@code labels}: baseline, target, measured, and the text alternative. */
    static String svg(Monitoring.IndicatorRow row, String id, String baselineLabel, String targetLabel, String description) {
        List<LocalDate> days = new ArrayList<>();
        List<BigDecimal> levels = new ArrayList<>();
        if (row.baseline() != null) {
            days.add(row.baselineDate());
            levels.add(row.baseline());
        }
        if (row.target() != null) {
            days.add(row.targetDate());
            levels.add(row.target());
        }
        row.values().forEach(v -> {
            days.add(v.measuredOn());
            levels.add(v.value());
        });
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"indicator-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(row.name())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        if (days.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        double low = Math.min(0, levels.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        double high = levels.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        if (high <= low) {
            high = low + 1;
        }
        high += (high - low) * 0.1;
        Scale scale = new Scale(first, Math.max(1, ChronoUnit.DAYS.between(first, last)), low, high);

        // axes with the lowest and highest level and the first and last day
        svg.append("<g class=\"axes\" stroke=\"#555\" stroke-width=\"1\">")
                .append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM)).append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM))
                .append("</g><g class=\"ticks\" fill=\"#333\" font-size=\"12\">")
                .append(text(LEFT - 6, scale.y(low) + 4, number(low), "end"))
                .append(text(LEFT - 6, scale.y(high) + 4, number(high), "end"))
                .append(text(LEFT, HEIGHT - BOTTOM + 18, first.toString(), "start"))
                .append(text(WIDTH - RIGHT, HEIGHT - BOTTOM + 18, last.toString(), "end"))
                .append("</g>");
        if (row.baseline() != null) {
            double y = scale.y(row.baseline().doubleValue());
            svg.append("<g class=\"baseline\" stroke=\"#6b6b6b\" fill=\"#6b6b6b\">")
                    .append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y2=\"").append(f(y)).append("\" stroke-dasharray=\"2 4\"/>")
                    .append(circle(scale.x(row.baselineDate()), y, 4))
                    .append(text(LEFT + 4, y - 6, baselineLabel + " " + number(row.baseline().doubleValue()), "start")).append("</g>");
        }
        if (row.target() != null) {
            double y = scale.y(row.target().doubleValue());
            svg.append("<g class=\"target\" stroke=\"#1a6e2e\" fill=\"#1a6e2e\">")
                    .append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y2=\"").append(f(y)).append("\" stroke-dasharray=\"8 4\"/>")
                    .append("<rect x=\"").append(f(scale.x(row.targetDate()) - 4)).append("\" y=\"").append(f(y - 4))
                    .append("\" width=\"8\" height=\"8\"/>")
                    .append(text(WIDTH - RIGHT - 4, y - 6, targetLabel + " " + number(row.target().doubleValue()), "end")).append("</g>");
        }
        if (!row.values().isEmpty()) {
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (Monitoring.ValueView v : row.values()) {
                double x = scale.x(v.measuredOn());
                double y = scale.y(v.value().doubleValue());
                points.append(f(x)).append(',').append(f(y)).append(' ');
                dots.append(circle(x, y, 4));
            }
            svg.append("<g class=\"measured\" stroke=\"#0b4f8a\" fill=\"#0b4f8a\">")
                    .append("<polyline fill=\"none\" stroke-width=\"2\" points=\"").append(points.toString().strip()).append("\"/>")
                    .append(dots).append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private record Scale(LocalDate first, long span, double low, double high) {
        double x(LocalDate day) {
            return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, day) / span;
        }

        double y(double value) {
            return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (value - low) / (high - low);
        }
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\"/>";
    }

    private static String circle(double x, double y, double r) {
        return "<circle cx=\"" + f(x) + "\" cy=\"" + f(y) + "\" r=\"" + f(r) + "\"/>";
    }

    private static String text(double x, double y, String text, String anchor) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" stroke=\"none\">" + escape(text) + "</text>";
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e12 ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
