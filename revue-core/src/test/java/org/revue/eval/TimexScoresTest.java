package org.revue.eval;

import org.junit.jupiter.api.Test;
import org.revue.analyze.time.Timex;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimexScoresTest {
    @Test
    void strictRelaxedValueAndTypeFollowTempEval3() {
        List<Timex> gold = List.of(new Timex(0, 4, "hier", "DATE", "2020-01-01"),
                new Timex(10, 20, "hier matin", "TIME", "2020-01-01TMO"),
                new Timex(30, 35, "mardi", "DATE", "2019-12-31"));
        List<Timex> sys = List.of(new Timex(0, 4, "hier", "DATE", "2020-01-01"),      // exact, right value
                new Timex(10, 14, "hier", "DATE", "2020-01-01"),                      // overlap only, wrong value and type
                new Timex(50, 55, "jeudi", "DATE", "2020-01-02"),                     // spurious
                new Timex(60, 62, "xx", "DATE", "X"));                                // spurious
        TimexScores s = new TimexScores();
        s.add(gold, sys);
        assertThat(s.strict()[0]).isCloseTo(1 / 4.0, within(1e-9));
        assertThat(s.strict()[1]).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.relaxed()[0]).isCloseTo(2 / 4.0, within(1e-9));
        assertThat(s.relaxed()[1]).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.value()[1]).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.type()[0]).isCloseTo(1 / 4.0, within(1e-9));
    }

    @Test
    void aSystemSpanMatchesOneGoldSpanOnly() {
        TimexScores s = new TimexScores();
        s.add(List.of(new Timex(0, 4, "a", "DATE", "1"), new Timex(5, 9, "b", "DATE", "2")),
                List.of(new Timex(0, 9, "a b", "DATE", "1")));
        assertThat(s.relaxed()[1]).isCloseTo(0.5, within(1e-9));
        assertThat(s.relaxed()[0]).isCloseTo(1.0, within(1e-9));
    }
}
