package org.revue.eval;

import org.revue.analyze.time.Timex;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/** Lists the differences between gold and system temporal expressions of one document, for error analysis. */
public final class TimexErrors {
    private TimexErrors() {
    }

    public static void print(String id, LocalDate dct, List<Timex> gold, List<Timex> sys, PrintStream out) {
        for (Timex g : gold) {
            Timex m = sys.stream().filter(s -> Math.min(g.end(), s.end()) > Math.max(g.start(), s.start())).findFirst().orElse(null);
            if (m == null) {
                out.printf("MISS  %s %s %-30s %s %s%n", id, dct, "'" + g.text() + "'", g.type(), g.value());
            } else if (!g.value().equals(m.value()) || !g.type().equals(m.type())) {
                out.printf("VALUE %s %s %-30s %s %s  <- sys '%s' %s %s%n", id, dct, "'" + g.text() + "'", g.type(), g.value(),
                        m.text(), m.type(), m.value());
            } else if (g.start() != m.start() || g.end() != m.end()) {
                out.printf("SPAN  %s '%s' <- sys '%s'%n", id, g.text(), m.text());
            }
        }
        for (Timex s : sys) {
            if (gold.stream().noneMatch(g -> Math.min(g.end(), s.end()) > Math.max(g.start(), s.start()))) {
                out.printf("SPUR  %s %s %-30s %s %s%n", id, dct, "'" + s.text() + "'", s.type(), s.value());
            }
        }
    }
}
