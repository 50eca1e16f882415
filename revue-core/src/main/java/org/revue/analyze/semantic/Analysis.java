package org.revue.analyze.semantic;

import org.revue.analyze.entities.Entity;
import org.revue.analyze.entities.Mention;
import org.revue.analyze.quotes.Quote;
import org.revue.analyze.time.Timex;

import java.time.LocalDate;
import java.util.List;

/**
 * The analysis of one text: sentences (spans), temporal expressions, entity mentions and entities, quotes; and
 * the date the time expressions were resolved against ({@code dct}; {@code dctInferred} when it was inferred).
 */
public record Analysis(String id, String lang, LocalDate dct, boolean dctInferred, List<int[]> sentences, List<Timex> timex,
                       List<Mention> mentions, List<Entity> entities, List<Quote> quotes) {
}
