package org.revue.eval;

import org.revue.analyze.time.Timex;

import java.util.List;

/**
 * TempEval-3 scores of temporal expressions (UzZaman et al., 2013). Strict extent: a system expression matches
 * a gold one with exactly the same span; relaxed extent: the spans overlap (each expression matched at most
 * once, largest overlap first). Attribute (value, type) F1 over relaxed matches: P = matched pairs with the
 * same attribute / system expressions, R = the same / gold expressions.
 */
public final class TimexScores {
    private int gold;
    private int sys;
    private int strict;
    private int relaxed;
    private int value;
    private int type;

    /** Adds one document. */
    public void add(List<Timex> goldList, List<Timex> sysList) {
        gold += goldList.size();
        sys += sysList.size();
        for (Timex g : goldList) {
            for (Timex s : sysList) {
                if (g.start() == s.start() && g.end() == s.end()) {
                    strict++;
                    break;
                }
            }
        }
        boolean[] usedG = new boolean[goldList.size()];
        boolean[] usedS = new boolean[sysList.size()];
        while (true) {
            int bi = -1;
            int bj = -1;
            int best = 0;
            for (int i = 0; i < goldList.size(); i++) {
                if (usedG[i]) {
                    continue;
                }
                Timex g = goldList.get(i);
                for (int j = 0; j < sysList.size(); j++) {
                    if (usedS[j]) {
                        continue;
                    }
                    Timex s = sysList.get(j);
                    int ov = Math.min(g.end(), s.end()) - Math.max(g.start(), s.start());
                    if (ov > best) {
                        best = ov;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            usedG[bi] = true;
            usedS[bj] = true;
            relaxed++;
            Timex g = goldList.get(bi);
            Timex s = sysList.get(bj);
            if (g.value() != null && g.value().equals(s.value())) {
                value++;
            }
            if (g.type() != null && g.type().equals(s.type())) {
                type++;
            }
        }
    }

    public int gold() {
        return gold;
    }

    public int system() {
        return sys;
    }

    public double[] strict() {
        return prf(strict);
    }

    public double[] relaxed() {
        return prf(relaxed);
    }

    public double[] value() {
        return prf(value);
    }

    public double[] type() {
        return prf(type);
    }

    private double[] prf(int correct) {
        double p = sys == 0 ? 0 : (double) correct / sys;
        double r = gold == 0 ? 0 : (double) correct / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[]{p, r, f};
    }
}
