package org.revue.analyze.time;

/**
 * A temporal expression: its span in the analyzed text, its TIMEX3 type (DATE, TIME, DURATION, SET) and its
 * TIMEX3-style value, normalized against the document creation time ("2017-07-09", "P2H", "XXXX-WXX-3",
 * "PRESENT_REF" …).
 */
public record Timex(int start, int end, String text, String type, String value) {
}
