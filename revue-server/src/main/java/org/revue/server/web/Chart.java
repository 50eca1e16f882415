package org.revue.server.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** The small inline SVG bar chart of articles per day (at most the last 30 days of the span). */
final class Chart {
    private static final int DAYS = 30;
    private static final int W = 6;
    private static final int GAP = 2;
    private static final int H = 28;

    private Chart() {
    }

    static String svg(Ui ui, Map<LocalDate, Integer> perDay) {
        if (perDay.isEmpty()) {
            return "";
        }
        TreeMap<LocalDate, Integer> days = new TreeMap<>(perDay);
        LocalDate last = days.lastKey();
        LocalDate first = days.firstKey().isBefore(last.minusDays(DAYS - 1)) ? last.minusDays(DAYS - 1) : days.firstKey();
        int n = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        int max = 1;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            max = Math.max(max, days.getOrDefault(d, 0));
        }
        StringJoiner label = new StringJoiner(", ");
        StringBuilder bars = new StringBuilder();
        int i = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1), i++) {
            int v = days.getOrDefault(d, 0);
            int h = v == 0 ? 1 : Math.max(3, Math.round((float) v * H / max));
            bars.append("<rect x=\"").append(i * (W + GAP)).append("\" y=\"").append(H - h).append("\" width=\"").append(W)
                    .append("\" height=\"").append(h).append("\"").append(v == 0 ? " class=\"zero\"" : "").append("/>");
            if (v > 0) {
                label.add(ui.date(d) + " " + v);
            }
        }
        int width = n * (W + GAP) - GAP;
        String l = Html.esc(ui.t("front.chart", label.toString()));
        return "<svg class=\"chart\" role=\"img\" aria-label=\"" + l + "\" width=\"" + width + "\" height=\"" + H
                + "\" viewBox=\"0 0 " + width + " " + H + "\"><title>" + l + "</title>" + bars + "</svg>";
    }
}
