package org.revue.analyze.quotes;

import org.revue.analyze.entities.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations and who said them, French first, then English. Direct quotes are the text between « »,
 * “ ” or " "; the speaker is the subject of the reporting verb around them: after the quote ("», a déclaré
 * M. Tillerson", "avait-il dit"), inside it ("… ensemble en Syrie, a déclaré M. Tillerson. Après cela …"),
 * before it ("Rex Tillerson a estimé que … « … »", "selon le Kremlin"), or in the next or previous sentence
 * ("Une « très bonne conversation ». C'est en ces termes que la Maison Blanche a qualifié …"). Pronouns
 * ("il") go to the speaker of the previous sentence, or its first person. Sentences that report speech without
 * quotation marks ("X a indiqué que …") are returned as indirect quotes.
 */
public final class QuoteFinder {
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String FR_VERBS = "(?:déclar|affirm|indiqu|ajout|expliqu|estim|soulign|précis|assur|annonc|confi|racont|"
            + "lanc|répliqu|insist|rappel|jug|dénonc|avert|martel|martèl|expos|twee?t|comment|not|observ|plaid|qualifi|"
            + "confirm|déplor|regrett|résum|détaill|parl|critiqu|exhort|prévien|prévenu|souhait|réclam|accus|promett|promis|"
            + "démenti|dément|écri|décri|di|répond|répondu|poursui|conclu|admi|reconnu|reconnaî|lâch|gliss|tonn|ironis|"
            + "assén|avou|signal|relev|reconn|appel|appell|plaid)";
    private static final String FR_ENDINGS = "(?:é|ée|és|ées|e|es|ent|ait|aient|ant|it|ut|t|ts|u|s|ra|ront|re)";
    private static final String FR_FULL = "(?:dit|dits|dite|promis|admis|écrit|décrit|conclu|reconnu|prévenu|répondu|démenti|"
            + "poursuivi|soutenu|salué|saluée)";
    private static final String EN_VERBS = "(?:said|says|say|told|tells|added|adds|stated|states|explained|noted|insisted|"
            + "warned|wrote|tweeted|announced|declared|argued|claimed|asked|replied|answered|stressed|acknowledged|admitted|"
            + "confirmed|denied|described|called)";
    private static final Pattern AUX = Pattern.compile("^\\s*,?\\s*(?:(?:a|ont|avait|avaient|aurait|auraient|has|had|have)(?:(?:-t-|-)(?:il|elle|ils|elles|on))?\\s+)?"
            + "(?:(?:encore|également|aussi|ensuite|alors|enfin|notamment|ainsi|déjà|pourtant|cependant|lui|leur|then|also)\\s+)?$", FLAGS);
    private static final Pattern AFTER_VERB = Pattern.compile("^\\s*(?:(?:à|a)\\s+la\\s+presse|aux\\s+journalistes|à\\s+l['’]\\p{L}+|"
            + "au\\s+\\p{L}+|dans\\s+un\\s+communiqué|sur\\s+\\p{L}+|to\\s+reporters|in\\s+a\\s+statement|"
            + "encore|également|aussi|alors|ensuite)?\\s*,?\\s*", FLAGS);
    private static final Pattern INCISE = Pattern.compile(",\\s*(?:(?:a|ont|avait|avaient|aurait|auraient|has|had|have)(?:(?:-t-|-)(?:il|elle|ils|elles|on))?\\s+)?"
            + "(?:(?:encore|également|aussi|ensuite|alors|enfin|notamment|ainsi|déjà|pourtant|cependant|lui|leur|then|also)\\s+)?$", FLAGS);
    private static final Pattern TITLE = Pattern.compile("^(?:M\\.|MM\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)\\s+", FLAGS);
    private static final Pattern NAME_OR_PRONOUN = Pattern.compile("^[\\s,]*(?:he|she|they|\\p{Lu}[\\p{L}\\-’']+(?:\\s+\\p{Lu}[\\p{L}\\-’']+){0,3})\\s+$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PRONOUN_AUX = Pattern.compile("(?:-t-|-)(?:il|elle|ils|elles|on)\\s+$", FLAGS);
    private static final Pattern SELON = Pattern.compile("(?<![\\p{L}])(?:selon|d['’]après|according\\s+to)\\s+", FLAGS);
    private static final Pattern PRONOUN = Pattern.compile("(?<![\\p{L}])(il|elle|ils|elles|he|she|they)\\s+(?:(?:a|ont|avait|avaient|aurait|has|had|n['’]a|ne)\\s+)?"
            + "(?:(?:encore|également|aussi|ensuite|alors|enfin|notamment|ainsi|déjà|pas|then|also)\\s+)?$", FLAGS);
    private static final Pattern QUE = Pattern.compile("^\\s*(?:(?:à|a)\\s+la\\s+presse\\s+|aux\\s+journalistes\\s+)?(?:que|qu['’]|that)\\s*", FLAGS);
    private static final Pattern DET_PHRASE = Pattern.compile("^(?:le|la|l['’]|les|son|sa|ses|leur|leurs|un|une|the|his|her|its|their)\\s*"
            + "[^,.;:!?«»\"“”()\\n]{1,80}", FLAGS);
    private static final Pattern PHRASE_END = Pattern.compile("\\s+(?:à|lors|dans|en|pour|après|avant|qui|au|aux|devant|sur|depuis|"
            + "mardi|mercredi|jeudi|vendredi|samedi|dimanche|lundi|hier|at|on|in|after|before|who|during)\\b.*$", FLAGS);

    /** A reporting verb in the text: its span (with an attached pronoun, "dit-il") and whether it has that pronoun. */
    private record Hit(int start, int end, boolean pronoun) {
    }

    private static final java.util.Set<String> VERB_FORMS = new java.util.HashSet<>();
    private static final boolean[] VERB_FIRST = new boolean[0x250];

    static {
        java.util.function.Function<String, String[]> alts = x -> x.substring(3, x.length() - 1).split("\\|");
        for (String stem : alts.apply(FR_VERBS)) {
            for (String end : alts.apply(FR_ENDINGS)) {
                VERB_FORMS.add(stem + end);
            }
        }
        VERB_FORMS.addAll(java.util.List.of(alts.apply(FR_FULL)));
        VERB_FORMS.addAll(java.util.List.of(alts.apply(EN_VERBS)));
        for (String v : VERB_FORMS) {
            if (v.charAt(0) < VERB_FIRST.length) {
                VERB_FIRST[v.charAt(0)] = true;
            }
        }
    }

    private static final Pattern ATTACHED = Pattern.compile("-t-(?:il|elle|on)(?![\\p{L}])|-(?:il|elle|ils|elles)(?![\\p{L}])",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** The reporting verbs of a text, found by looking its words up, in text order. */
    private static List<Hit> verbs(String text) {
        org.revue.analyze.time.Words w = org.revue.analyze.time.Words.of(text);
        String low = w.low;
        List<Hit> out = new ArrayList<>();
        int n = low.length();
        Matcher att = ATTACHED.matcher(low);
        for (int t = 0; t < w.count(); t++) {
            int s = w.start(t);
            int i = w.end(t);
            char f = low.charAt(s);
            if (w.letters(t) && i - s >= 2 && i - s <= 14 && f < VERB_FIRST.length && VERB_FIRST[f] && VERB_FORMS.contains(low.substring(s, i))) {
                att.region(i, n);
                boolean p = att.lookingAt();
                out.add(new Hit(s, p ? att.end() : i, p));
            }
        }
        return out;
    }

    private static List<Hit> in(List<Hit> hits, int from, int to) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).start < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Hit> out = new ArrayList<>();
        for (int i = lo; i < hits.size() && hits.get(i).start < to; i++) {
            if (hits.get(i).end <= to) {
                out.add(hits.get(i));
            }
        }
        return out;
    }

    /** A quotation: its text span (inside the marks for a direct quote), the speaker found (span and text), direct or not. */
    public record Found(int start, int end, String text, int speakerStart, int speakerEnd, String speakerText, boolean direct) {
    }

    private QuoteFinder() {
    }

    /**
     * @param sentences the sentence spans of the text, in order ({start, end})
     * @param persons   the entity mentions of the text (any type; persons are used for pronouns)
     */
    public static List<Found> find(String text, List<int[]> sentences, List<Mention> persons) {
        List<Found> out = new ArrayList<>();
        List<Hit> hits = verbs(text);
        List<int[]> quotes = spans(text);
        int[] prevSpeaker = null;
        int prevSentence = -2;
        for (int[] q : quotes) {
            int si = sentenceOf(sentences, q[0]);
            if (si < 0 && !sentences.isEmpty()) {
                continue; // a heading or furniture, not article text
            }
            int sStart = si >= 0 ? sentences.get(si)[0] : lineStart(text, q[0]);
            int sj = sentenceOf(sentences, Math.max(q[0], q[1] - 1));
            int sEnd = sj >= 0 ? Math.max(sentences.get(sj)[1], q[1]) : lineEnd(text, q[1]);
            if (sj >= 0 && q[1] >= sentences.get(sj)[1] - 1 && sj + 1 < sentences.size()) {
                sEnd = Math.max(sEnd, sentences.get(sj + 1)[1]); // the closing mark ended the sentence: the incise follows
            }
            int[] sp = null;
            // inside the quote: "…, a déclaré M. Tillerson. Après cela …"
            sp = incise(text, q[0], q[1], persons, hits);
            if (sp == null) {
                sp = after(text, q[1] + 1, sEnd, persons, hits);
            }
            if (sp == null) {
                sp = selon(text, sStart, sEnd, persons);
            }
            if (sp == null) {
                sp = before(text, sStart, q[0] - 1, persons, hits);
            }
            if (sp == null && si > 0 && samePara(text, sentences.get(si - 1)[1], sStart)) {
                int[] prev = sentences.get(si - 1);
                boolean quotedPrev = quotes.stream().anyMatch(x -> x[0] < prev[1] && x[1] > prev[0]);
                if (!quotedPrev) {
                    sp = before(text, prev[0], prev[1], persons, hits);
                }
            }
            if (sp == null && si >= 0 && si + 1 < sentences.size() && samePara(text, sEnd, sentences.get(si + 1)[0])) {
                int[] next = sentences.get(si + 1);
                sp = before(text, next[0], Math.min(next[1], next[0] + 160), persons, hits);
            }
            if (sp == null && si > 0 && prevSentence == si - 1 && prevSpeaker != null) {
                sp = prevSpeaker;
            }
            if (sp == null && si >= 0) {
                sp = pronounClause(text, sStart, q[0], sentences, si, persons, prevSpeaker, prevSentence);
            }
            if (sp != null && sp[0] < 0) {
                sp = pronounTarget(text, persons, sentences, si, prevSpeaker, prevSentence);
            }
            out.add(new Found(q[0], q[1], text.substring(q[0], q[1]), sp == null ? -1 : sp[0], sp == null ? -1 : sp[1],
                    sp == null ? null : text.substring(sp[0], sp[1]), true));
            if (sp != null) {
                prevSpeaker = sp;
                prevSentence = si;
            }
        }
        // indirect speech: "X a indiqué que …" in sentences without quotation marks
        int qi = 0;
        for (int si = 0; si < sentences.size(); si++) {
            int[] s = sentences.get(si);
            boolean quoted = false;
            while (qi < quotes.size() && quotes.get(qi)[1] <= s[0]) {
                qi++;
            }
            if (qi < quotes.size() && quotes.get(qi)[0] < s[1]) {
                quoted = true;
            }
            if (quoted) {
                continue;
            }
            for (Hit v : in(hits, s[0], s[1])) {
                Matcher que = QUE.matcher(text);
                que.region(v.end(), s[1]);
                if (!que.lookingAt()) {
                    continue;
                }
                int[] subj = subjectBefore(text, s[0], v.start(), persons);
                if (subj == null) {
                    break;
                }
                if (subj[0] < 0) {
                    subj = pronounTarget(text, persons, sentences, si, null, -2);
                    if (subj == null) {
                        break;
                    }
                }
                int cs = que.end();
                int ce = s[1];
                while (ce > cs && ".!?".indexOf(text.charAt(ce - 1)) >= 0) {
                    ce--;
                }
                out.add(new Found(cs, ce, text.substring(cs, ce), subj[0], subj[1], text.substring(subj[0], subj[1]), false));
                break;
            }
            Matcher sel = SELON.matcher(text);
            sel.region(s[0], s[1]);
            if (sel.find() && out.stream().noneMatch(f -> !f.direct() && f.start() >= s[0] && f.start() < s[1])) {
                int[] sp = phraseAt(text, sel.end(), s[1], persons);
                if (sp != null) {
                    out.add(new Found(s[0], s[1], text.substring(s[0], s[1]), sp[0], sp[1], text.substring(sp[0], sp[1]), false));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Spans of the quoted texts (inside the marks). */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char close = c == '«' ? '»' : c == '“' ? '”' : c == '"' ? '"' : 0;
            if (close == 0) {
                i++;
                continue;
            }
            int limit = Math.min(n, i + 2000);
            int j = i + 1;
            while (j < limit && text.charAt(j) != close && !(text.charAt(j) == '\n' && j + 1 < n && text.charAt(j + 1) == '\n')
                    && !(close == '"' && text.charAt(j) == '\n')) {
                j++;
            }
            if (j < limit && text.charAt(j) == close) {
                int s = i + 1;
                int e = j;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new int[]{s, e});
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean samePara(String text, int from, int to) {
        return from <= to && !text.substring(from, to).contains("\n\n");
    }

    /** The sentence containing {@code pos} (sentences in text order), or -1. */
    public static int sentenceOf(List<int[]> sentences, int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] s = sentences.get(mid);
            if (pos < s[0]) {
                hi = mid - 1;
            } else if (pos >= s[1]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static int lineStart(String text, int pos) {
        int i = text.lastIndexOf('\n', Math.max(0, pos - 1));
        return i < 0 ? 0 : i + 1;
    }

    private static int lineEnd(String text, int pos) {
        int i = text.indexOf('\n', pos);
        return i < 0 ? text.length() : i;
    }

    /** A reporting clause right after the quote: ", a déclaré X", ", avait-il dit". */
    private static int[] after(String text, int from, int to, List<Mention> persons, List<Hit> hits) {
        while (from < to && " \u00a0\u202f»”\"".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        if (from >= to) {
            return null;
        }
        Hit v = null;
        boolean ok = false;
        for (Hit h : in(hits, from, to)) {
            v = h;
            String pre = text.substring(from, v.start());
            if (pre.indexOf('«') >= 0 || pre.indexOf('"') >= 0 || pre.indexOf('“') >= 0) {
                break;
            }
            if (AUX.matcher(pre).find() || NAME_OR_PRONOUN.matcher(pre).matches() || INCISE.matcher(text.substring(Math.max(from, v.start() - 40), v.start())).find()) {
                ok = true;
                break;
            }
        }
        if (!ok) {
            return null;
        }
        String pre = text.substring(from, v.start()).replaceFirst("^[\\s,]+", "").strip();
        if (pre.matches("(?i)he|she|they|il|elle|ils|elles")) {
            return new int[]{-1, -1};
        }
        for (Mention m : persons) {
            if (!pre.isEmpty() && m.start() >= from && m.end() <= v.start() && text.substring(m.start(), v.start()).strip().equals(
                    text.substring(m.start(), m.end()))) {
                return new int[]{m.start(), m.end()};
            }
        }
        if (PRONOUN_AUX.matcher(text.substring(Math.max(from, v.start() - 12), v.start())).find()) {
            return new int[]{-1, -1}; // "avait-il dit"
        }
        if (v.pronoun()) {
            return new int[]{-1, -1}; // "dit-il": a pronoun
        }
        Matcher a = AFTER_VERB.matcher(text);
        a.region(v.end(), to);
        int s = a.lookingAt() ? a.end() : v.end();
        return phraseAt(text, s, to, persons);
    }

    /** "…, a déclaré M. Tillerson. …" inside a long quote. */
    private static int[] incise(String text, int qs, int qe, List<Mention> persons, List<Hit> hits) {
        int i = text.indexOf(", ", qs);
        while (i >= 0 && i < qe) {
            int[] sp = after(text, i + 1, qe, persons, hits);
            if (sp != null && sp[0] >= 0) {
                return sp;
            }
            i = text.indexOf(", ", i + 2);
        }
        return null;
    }

    private static int[] selon(String text, int from, int to, List<Mention> persons) {
        Matcher m = SELON.matcher(text);
        m.region(from, to);
        if (m.find()) {
            return phraseAt(text, m.end(), to, persons);
        }
        return null;
    }

    /** The subject of the last reporting verb between {@code from} and {@code to}. */
    private static int[] before(String text, int from, int to, List<Mention> persons, List<Hit> hits) {
        if (to <= from) {
            return null;
        }
        int[] best = null;
        for (Hit v : in(hits, from, to)) {
            int[] subj;
            if (v.pronoun()) {
                subj = new int[]{-1, -1};
            } else if (INCISE.matcher(text.substring(Math.max(from, v.start() - 40), v.start())).find()
                    && text.substring(from, v.start()).matches("(?s).*[»”\"].*")) {
                Matcher a = AFTER_VERB.matcher(text);
                a.region(v.end(), to);
                subj = phraseAt(text, a.lookingAt() ? a.end() : v.end(), to, persons);
            } else {
                subj = subjectBefore(text, from, v.start(), persons);
                if (subj == null) {
                    // inverted subject: "… , a déclaré X :"
                    Matcher a = AFTER_VERB.matcher(text);
                    a.region(v.end(), to);
                    int s = a.lookingAt() ? a.end() : v.end();
                    subj = phraseAt(text, s, to, persons);
                }
            }
            if (subj != null) {
                best = subj;
            }
        }
        return best;
    }

    /** The nearest name, description or pronoun before a verb, in the same clause. */
    private static int[] subjectBefore(String text, int from, int verb, List<Mention> persons) {
        String pre = text.substring(from, verb);
        if (PRONOUN.matcher(pre).find()) {
            return new int[]{-1, -1};
        }
        Mention best = null;
        for (Mention m : persons) {
            if (m.start() >= from && m.end() <= verb && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        int descStart = -1;
        Matcher d = SUBJECT_PHRASE.matcher(pre);
        if (best != null) {
            String between = text.substring(best.end(), verb);
            if (between.length() <= 60 && !between.matches("(?s).*[.;!?«»\"].*")) {
                return new int[]{best.start(), best.end()};
            }
        }
        if (d.find()) {
            descStart = from + d.start();
            int[] p = phraseAt(text, descStart, verb, persons);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static final Pattern SUBJECT_PHRASE = Pattern.compile("(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’]|[Ss]on|[Ss]a|[Ll]eur|[Ll]es)\\s*(?:\\p{Ll}[\\p{L}\\-’']*)"
            + "(?:\\s+(?:\\p{Ll}[\\p{L}\\-’']*|[A-ZÉ][\\p{L}\\-]*))*\\s+(?:(?:a|ont|avait|avaient|s['’]est|se\\s+sont|se\\s+sont\\s+\\p{L}+)\\s+)?"
            + "(?:(?:\\p{Ll}+ment|également|aussi|encore|de\\s+son\\s+côté|pour\\s+sa\\s+part|notamment)\\s+)*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CAPS = Pattern.compile("^\\p{Lu}[\\p{L}\\-’']+(?:\\s+\\p{Lu}[\\p{L}\\-’']+){0,3}", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern AUX_TAIL = Pattern.compile("\\s+(?:a|ont|avait|avaient|s['’]est|se\\s+sont)\\b.*$", FLAGS);

    /** A speaker phrase starting at {@code s}: a mention there, else a determiner phrase up to its first function word. */
    private static int[] phraseAt(String text, int s, int to, List<Mention> persons) {
        Matcher t = TITLE.matcher(text);
        t.region(s, Math.max(s, to));
        if (t.lookingAt()) {
            s = t.end();
        }
        for (Mention m : persons) {
            if (m.start() >= s && m.start() <= s + 2) {
                // a description followed by the name: "le chef de la diplomatie états-unienne Rex Tillerson"
                return new int[]{m.start(), m.end()};
            }
        }
        Matcher d = DET_PHRASE.matcher(text);
        d.region(s, Math.max(s, to));
        if (!d.lookingAt()) {
            // a name not typed by the tagger: up to four capitalized words
            Matcher c = CAPS.matcher(text);
            c.region(s, Math.max(s, to));
            return c.lookingAt() ? new int[]{s, c.end()} : null;
        }
        String phrase = text.substring(s, d.end());
        // a name inside the phrase ends it: "le chef de la diplomatie états-unienne Rex Tillerson"
        for (Mention m : persons) {
            if (m.start() > s && m.end() <= d.end() && m.type().equals("PERSON")) {
                return new int[]{m.start(), m.end()};
            }
        }
        // "l'entraîneur du club, Luis Enrique": the name in apposition
        int after = d.end();
        if (after + 2 < text.length() && text.charAt(after) == ',') {
            for (Mention m : persons) {
                if (m.type().equals("PERSON") && m.start() > after && m.start() <= after + 3) {
                    return new int[]{m.start(), m.end()};
                }
            }
        }
        phrase = PHRASE_END.matcher(phrase).replaceFirst("");
        phrase = AUX_TAIL.matcher(phrase).replaceFirst("");
        phrase = phrase.strip();
        if (phrase.split("\\s+").length < 2 && !phrase.matches("(?i)l['’]\\p{L}+")) {
            return null;
        }
        return new int[]{s, s + phrase.length()};
    }

    /** What "il"/"elle" stands for: the speaker of the previous sentence, else its first person, else the last person before. */
    /** A personal pronoun subject opening the clause of a quote, not an impersonal "il y a", "il faut"… */
    private static final Pattern CLAUSE_PRONOUN = Pattern.compile("^[\\s«\"“]*(ils|elles|il|elle|they|he|she)\\s+"
            + "(?!y\\s+a\\b|y\\s+avait\\b|faut\\b|fallait\\b|s['’]agit\\b|semble\\b|para[iî]t\\b|est\\b|était\\b)", FLAGS);
    /** A plural description opening a sentence: "Les deux hommes", "Ces dirigeants", "The two leaders". */
    private static final Pattern PLURAL_DESCRIPTION = Pattern.compile(
            "[\\s«\"“]*((?:les|ces|the|these)\\s+(?:(?:deux|trois|quatre|cinq|two|three|four|five|\\d+)\\s+)?\\p{L}[\\p{L}\\-]+)", FLAGS);

    /**
     * "Ils se sont accordés afin de « … »": with no reporting verb anywhere near, a quote in a clause whose
     * subject is a personal pronoun belongs to what the pronoun stands for — for "ils"/"elles", a plural
     * description opening the previous sentence of the paragraph ("Les deux hommes …") or the previous
     * speaker; for "il"/"elle", as other pronouns are resolved.
     */
    private static int[] pronounClause(String text, int sStart, int quoteStart, List<int[]> sentences, int si,
                                       List<Mention> persons, int[] prevSpeaker, int prevSentence) {
        Matcher m = CLAUSE_PRONOUN.matcher(text.substring(sStart, Math.max(sStart, quoteStart)));
        if (!m.find()) {
            return null;
        }
        String pronoun = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (!pronoun.equals("ils") && !pronoun.equals("elles") && !pronoun.equals("they")) {
            return pronounTarget(text, persons, sentences, si, prevSpeaker, prevSentence);
        }
        if (si > 0 && samePara(text, sentences.get(si - 1)[1], sStart)) {
            int[] prev = sentences.get(si - 1);
            Matcher d = PLURAL_DESCRIPTION.matcher(text);
            d.region(prev[0], prev[1]);
            if (d.lookingAt()) {
                return new int[]{d.start(1), d.end(1)};
            }
        }
        return prevSpeaker != null && prevSpeaker[0] >= 0 && prevSentence == si - 1 ? prevSpeaker : null;
    }

    private static int[] pronounTarget(String text, List<Mention> persons, List<int[]> sentences, int si, int[] prevSpeaker, int prevSentence) {
        if (prevSpeaker != null && prevSpeaker[0] >= 0 && (prevSentence == si - 1 || prevSentence == si)) {
            return prevSpeaker;
        }
        if (si > 0) {
            int[] p = sentences.get(si - 1);
            for (Mention m : persons) {
                if (m.type().equals("PERSON") && m.start() >= p[0] && m.end() <= p[1]) {
                    return new int[]{m.start(), m.end()};
                }
            }
        }
        int limit = si >= 0 ? sentences.get(si)[0] : text.length();
        Mention last = null;
        for (Mention m : persons) {
            if (m.type().equals("PERSON") && m.end() <= limit) {
                last = m;
            }
        }
        return last == null ? null : new int[]{last.start(), last.end()};
    }
}
