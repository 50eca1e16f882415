package org.revue.analyze.time;

import org.revue.analyze.semantic.Analyzer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publication dates for the texts that have none. A text reporting the same event as dated texts takes the
 * earliest of their dates. Otherwise its date is the day that best agrees with what its event's texts say:
 * each month or day they name ("en avril", "le 10 ou le 11 mai", "début juillet") must lie before the date
 * when spoken of in the past tense, after it when in the future tense ("doivent se rencontrer", "devrait");
 * the year comes from the dated texts of its story (or the years the texts name). Among equally good days,
 * the middle of the interval nearest the story's dates.
 */
public final class DateInference {
    private DateInference() {
    }

    private record Constraint(LocalDate from, LocalDate to, boolean yearKnown, boolean future) {
    }

    /** A constraint as epoch days: its instances (one, or one per year around the prior), their length, its tense. */
    private record Fast(long[] starts, long len, boolean future) {
    }

    public static Map<String, LocalDate> infer(List<Analyzer.Input> group, List<List<Analyzer.Input>> events) {
        return infer(group, events, new HashMap<>());
    }

    /**
     * @param undatedTimex filled with the temporal expressions of the texts read without a date (id to list), so
     *                     that a text whose date stays unknown need not be tagged again
     */
    public static Map<String, LocalDate> infer(List<Analyzer.Input> group, List<List<Analyzer.Input>> events,
                                               Map<String, List<Timex>> undatedTimex) {
        Map<String, LocalDate> out = new HashMap<>();
        List<LocalDate> dated = group.stream().map(Analyzer.Input::dct).filter(d -> d != null).sorted().toList();
        for (List<Analyzer.Input> ev : events) {
            if (ev.stream().allMatch(i -> i.dct() != null)) {
                continue;
            }
            LocalDate sibling = ev.stream().map(Analyzer.Input::dct).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
            LocalDate date = sibling != null ? sibling : fromContent(ev, dated, undatedTimex);
            if (date != null) {
                for (Analyzer.Input i : ev) {
                    if (i.dct() == null) {
                        out.put(i.id(), date);
                    }
                }
            }
        }
        return out;
    }

    private static LocalDate fromContent(List<Analyzer.Input> ev, List<LocalDate> dated, Map<String, List<Timex>> undatedTimex) {
        List<Constraint> cs = new ArrayList<>();
        int maxYear = -1;
        for (Analyzer.Input in : ev) {
            List<Timex> tagged = TimeTagger.tag(in.text(), null, in.lang());
            undatedTimex.put(in.id(), tagged);
            for (Timex t : tagged) {
                if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
                    continue;
                }
                String v = t.value();
                boolean future = TimeTagger.futureAt(in.text(), t.start(), in.lang());
                try {
                    if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                        LocalDate d = LocalDate.parse(v.substring(0, 10));
                        cs.add(new Constraint(d, d, true, future));
                        maxYear = Math.max(maxYear, d.getYear());
                    } else if (v.matches("XXXX-\\d{2}-\\d{2}.*")) {
                        LocalDate d = LocalDate.of(2000, Integer.parseInt(v.substring(5, 7)), Integer.parseInt(v.substring(8, 10)));
                        cs.add(new Constraint(d, d, false, future));
                    } else if (v.matches("\\d{4}-\\d{2}")) {
                        YearMonth ym = YearMonth.parse(v);
                        cs.add(new Constraint(ym.atDay(1), ym.atEndOfMonth(), true, future));
                        maxYear = Math.max(maxYear, ym.getYear());
                    } else if (v.matches("XXXX-\\d{2}")) {
                        YearMonth ym = YearMonth.of(2000, Integer.parseInt(v.substring(5, 7)));
                        cs.add(new Constraint(ym.atDay(1), ym.atEndOfMonth(), false, future));
                    } else if (v.matches("\\d{4}")) {
                        int y = Integer.parseInt(v);
                        cs.add(new Constraint(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), true, future));
                        maxYear = Math.max(maxYear, y);
                    }
                } catch (RuntimeException e) {
                    // an impossible date (31 février): no constraint
                }
            }
        }
        LocalDate prior;
        if (!dated.isEmpty()) {
            prior = dated.get(dated.size() / 2);
        } else if (maxYear > 0) {
            prior = LocalDate.of(maxYear, 7, 1);
        } else {
            return null;
        }
        if (cs.isEmpty()) {
            return dated.isEmpty() ? null : prior;
        }
        LocalDate lo = prior.minusDays(400);
        int n = 801;
        List<Fast> fast = new ArrayList<>();
        for (Constraint x : cs) {
            long len = x.to.toEpochDay() - x.from.toEpochDay();
            if (x.yearKnown) {
                fast.add(new Fast(new long[]{x.from.toEpochDay()}, len, x.future));
            } else {
                List<Long> st = new ArrayList<>();
                for (int y = lo.getYear() - 1; y <= lo.getYear() + 4; y++) {
                    try {
                        st.add(x.from.withYear(y).toEpochDay());
                    } catch (RuntimeException e) {
                        // 29 February of a common year
                    }
                }
                fast.add(new Fast(st.stream().mapToLong(Long::longValue).toArray(), len, x.future));
            }
        }
        int[] score = new int[n];
        int best = Integer.MIN_VALUE;
        long lo0 = lo.toEpochDay();
        for (int k = 0; k < n; k++) {
            long c = lo0 + k;
            int s = 0;
            for (Fast x : fast) {
                s += satisfied(x, c) ? 1 : 0;
            }
            score[k] = s;
            best = Math.max(best, s);
        }
        // the best-scoring interval nearest the prior, and its middle
        int priorK = 400;
        int bestStart = -1;
        int bestEnd = -1;
        long bestDist = Long.MAX_VALUE;
        for (int k = 0; k < n; ) {
            if (score[k] != best) {
                k++;
                continue;
            }
            int e = k;
            while (e + 1 < n && score[e + 1] == best) {
                e++;
            }
            long dist = priorK < k ? k - priorK : priorK > e ? priorK - e : 0;
            if (dist < bestDist) {
                bestDist = dist;
                bestStart = k;
                bestEnd = e;
            }
            k = e + 1;
        }
        if (bestStart <= priorK && priorK <= bestEnd) {
            return prior;
        }
        return lo.plusDays((bestStart + bestEnd) / 2);
    }

    /** {@link #satisfied(Constraint, LocalDate)} on epoch days: the nearest instance (by its middle) decides. */
    private static boolean satisfied(Fast x, long c) {
        long from = x.starts[0];
        long bestD = Long.MAX_VALUE;
        for (long st : x.starts) {
            long d = Math.abs(st + x.len / 2 - c);
            if (d < bestD) {
                bestD = d;
                from = st;
            }
        }
        long to = from + x.len;
        boolean day = x.len == 0;
        if (x.future) {
            return day ? c <= from : c < from;
        }
        return day ? c >= to : c > to;
    }
}
