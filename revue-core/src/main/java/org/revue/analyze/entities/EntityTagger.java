package org.revue.analyze.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based named-entity recognition, French first, then English: sequences of capitalized words typed as
 * PERSON, LOCATION or ORGANIZATION from the gazetteer, from titles and function words before them ("M.",
 * "Mme", "le président russe,", "à", "en"), from organization head words ("Parti", "Banque") and from the
 * surnames of the persons already found in the text. Also finds role descriptions ("le président américain",
 * "son homologue russe") and the names they stand in apposition to, so that the linker can resolve them.
 */
public final class EntityTagger {
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final String TOKEN = "(?:\\p{Lu}{1,2}\\.|Mme|\\p{Lu}[\\p{L}\\p{M}\\d]*(?:-\\p{L}[\\p{L}\\p{M}\\d]*|['’]\\p{Lu}[\\p{L}\\p{M}]*)*)";
    private static final Pattern SEQ = Pattern.compile("(?<![\\p{L}\\p{M}\\d])" + TOKEN
            + "(?:(?:[ \\t\\u00a0]+|[ \\t\\u00a0]+(?:de|du|des|la|van|von|der|den|di|da|del|do|dos|ben|bin|ibn)[ \\t\\u00a0]+|[ \\t\\u00a0]+(?:al|el)-|-|[ \\t\\u00a0]+d['’])" + TOKEN + ")*", FLAGS);
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:\\b(?:M|MM|Mme|Mmes|Mlle|Dr|Me|Mgr|Mr|Mrs|Ms|Pr)\\.?|\\b(?:Sir|Lord|Dame|Madame|Monsieur))\\s+$", FLAGS);
    private static final Pattern LOC_BEFORE = Pattern.compile("(?:\\b(?:à|vers|depuis|in|at|near)|(?<!\\p{L})(?:en|au|aux))\\s+$", FLAGS);
    private static final String ROLE = "(?:président(?:e)?|vice-président(?:e)?|premier\\s+ministre|première\\s+ministre|ministre|chef|cheffe|"
            + "porte-parole|chancelier|chancelière|secrétaire(?:\\s+d['’]État|\\s+général(?:e)?)?|homologue|dirigeant(?:e)?|roi|reine|pape|"
            + "prince|princesse|maire|député(?:e)?|sénateur|sénatrice|juge|procureur(?:e)?|ambassadeur|ambassadrice|général|"
            + "patron(?:ne)?|directeur|directrice|leader|opposant(?:e)?|candidat(?:e)?|émir|souverain|dictateur|entraîneur|"
            + "president|vice\\s+president|prime\\s+minister|minister|secretary|chancellor|spokesman|spokeswoman|spokesperson|"
            + "king|queen|counterpart|senator|governor|ambassador|mayor|chief|leader|CEO)";
    private static final Pattern DESC = Pattern.compile("(?<![\\p{L}])(?:le|la|l['’]|son|sa|leur|du|au|the|its|his|her|their)\\s+(" + ROLE + ")\\b",
            FLAGS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> LEAD = set("le", "la", "les", "l'", "un", "une", "des", "du", "de", "ce", "cette", "ces", "cet",
            "mais", "et", "ou", "pour", "dans", "selon", "sur", "sous", "en", "à", "a", "au", "aux", "lors", "après", "avant", "malgré",
            "depuis", "pendant", "avec", "sans", "chez", "entre", "par", "si", "quand", "comme", "il", "elle", "ils", "elles", "on",
            "nous", "vous", "je", "tu", "c'est", "ici", "voir", "lire", "aussi", "encore", "enfin", "alors", "ainsi", "cependant",
            "pourtant", "toute", "maître", "tout", "tous", "toutes", "autres", "autre", "sa", "son", "ses", "leur", "leurs", "notre", "votre",
            "the", "a", "an", "in", "on", "at", "but", "and", "or", "for", "with", "after", "before", "according", "this", "that",
            "these", "those", "his", "her", "its", "their", "he", "she", "they", "we", "it", "there", "when", "while", "as", "by",
            "from", "of", "to", "if", "mr", "mrs", "ms", "m", "mm", "mme", "dr",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "hier", "aujourd'hui", "demain", "yesterday", "today", "tomorrow",
            "président", "présidente", "ministre", "premier", "chef", "général", "porte-parole", "president", "minister",
            "secretary", "source", "sources", "modifié", "publié", "international", "lire", "édition", "newsletter");
    private static final Set<String> ORG_HEADS = set("parti", "ministère", "banque", "conseil", "commission", "assemblée", "agence",
            "université", "fédération", "comité", "cour", "tribunal", "union", "organisation", "office", "institut", "fondation",
            "association", "société", "groupe", "compagnie", "syndicat", "mouvement", "front", "armée", "police", "gendarmerie",
            "ligue", "académie", "chambre", "sénat", "parlement", "gouvernement", "bank", "party", "council", "ministry", "agency",
            "university", "court", "department", "institute", "foundation", "committee", "company", "corporation", "group",
            "army", "league", "commission", "federation", "national", "nationale", "parliament", "congress", "senate", "government");
    private static final Set<String> ORG_TAILS = set("programme", "program", "fund", "organization", "organisation", "bank", "council",
            "party", "agency", "foundation", "institute", "association", "union", "service", "office", "committee", "ministry",
            "department", "court", "university", "inc", "corp", "group", "media", "news", "times", "post", "airlines", "motors");
    private static final Set<String> EN_TITLES = set("president", "chancellor", "minister", "prime", "secretary", "leader", "chief",
            "king", "queen", "senator", "governor", "general", "pope", "mayor", "judge", "executive", "ceo", "spokesman",
            "spokeswoman", "maître", "me", "vice", "deputy", "foreign", "defence", "defense", "state", "labour", "opposition",
            "commissioner", "environment", "finance", "health", "interior", "trade", "economy", "justice", "energy", "home",
            "transport", "education", "agriculture", "culture", "secretary-general", "former", "acting", "senior");
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:an|ese|ish|i)", FLAGS);
    private static final Pattern NATIONALITY = Pattern.compile("American|British|German|French|Chinese|Russian|Brazilian|Italian|"
            + "Spanish|Japanese|Indian|Canadian|Ukrainian|Turkish|Israeli|Iranian|European|Mexican|Syrian|Iraqi|Afghan|Pakistani|"
            + "Egyptian|Saudi|Korean|Polish|Dutch|Swiss|Belgian|Greek|Australian|African|Palestinian|Lebanese|Venezuelan|"
            + "Argentine|Nigerian|Swedish|Norwegian|Danish|Finnish|Austrian|Hungarian|Czech|Portuguese|Irish|Scottish|Welsh|"
            + "English|Taiwanese|Vietnamese|Thai|Indonesian|Cuban|Chilean|Colombian|Qatari|Emirati|Jordanian|Kurdish|Libyan|"
            + "Tunisian|Algerian|Moroccan|Belarusian|Serbian|Romanian|Bulgarian|Croatian|Georgian|Armenian|Azerbaijani", FLAGS);
    private static final Set<String> NOT_NAME = set("jeux", "grand", "prix", "coupe", "nord", "sud", "est", "ouest", "saint",
            "internet", "web", "etat", "état", "états", "etats", "deux", "trois", "quatre", "cinq", "plusieurs", "affaires", "étrangères", "intérieur", "défense", "justice", "république", "république", "histoire", "guerre", "révolution", "premier", "première");

    /** A role description ("le président américain") and the index of the name it is in apposition to, or -1. */
    public record Desc(int start, int end, String text, String key, int apposition) {
    }

    /** The entity mentions and role descriptions of one text; mentions' {@code entity} is still null. */
    public record Tagged(List<Mention> mentions, List<Desc> descs) {
    }

    private EntityTagger() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(new HashSet<>(java.util.Arrays.asList(words)));
    }

    public static Tagged tag(String text, String lang) {
        Gazetteer gaz = Gazetteer.get();
        List<int[]> spans = new ArrayList<>();
        List<String> types = new ArrayList<>();
        Matcher m = SEQ.matcher(text);
        m.useTransparentBounds(true);
        int[] roles = roleWords(text);
        boolean english = "en".equals(lang);
        int len = text.length();
        int at = 0;
        while (true) {
            // sequences start at a capital letter that does not follow a letter or digit: go there directly
            while (at < len && !(Character.isUpperCase(text.charAt(at)) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))))) {
                at++;
            }
            if (at >= len) {
                break;
            }
            m.region(at, len);
            if (!m.lookingAt()) {
                at++;
                continue;
            }
            at = Math.max(at + 1, m.end());
            int s = m.start();
            int e = m.end();
            String seq = text.substring(s, e);
            if (seq.endsWith(".")) {
                e--;
                seq = seq.substring(0, seq.length() - 1);
            }
            // leading determiners, prepositions, elided articles, titles and sentence-initial common words
            boolean titled = false;
            while (true) {
                String first = firstToken(seq);
                String f = first.toLowerCase(Locale.ROOT).replace('’', '\'');
                if (f.length() > 2 && (f.charAt(1) == '\'' && "ldjnsc".indexOf(f.charAt(0)) >= 0 || f.startsWith("qu'") && f.length() > 3)) {
                    int cut = f.indexOf('\'') + 1;
                    s += cut;
                    seq = seq.substring(cut);
                    continue;
                }
                boolean caps = first.length() >= 2 && first.equals(first.toUpperCase(Locale.ROOT)) && !first.endsWith(".");
                String second = seq.length() > first.length() ? firstToken(seq.substring(first.length()).strip()).toLowerCase(Locale.ROOT) : "";
                boolean title = !caps && (EN_TITLES.contains(f) || NATIONALITY.matcher(first).matches() && seq.length() > first.length()
                        || DEMONYM.matcher(first).matches() && EN_TITLES.contains(second));
                if (title && seq.length() > first.length()) {
                    titled = true;
                }
                String fd = f.endsWith(".") ? f.substring(0, f.length() - 1) : f;
                if ((!caps && LEAD.contains(fd) || title) && seq.length() > first.length()) {
                    int cut = first.length();
                    while (cut < seq.length() && !Character.isLetter(seq.charAt(cut))) {
                        cut++;
                    }
                    s += cut;
                    seq = seq.substring(cut);
                    continue;
                }
                if (!caps && (LEAD.contains(fd) || NATIONALITY.matcher(first).matches())) {
                    seq = "";
                }
                break;
            }
            if (seq.isEmpty() || seq.length() < 2) {
                continue;
            }
            // "G20 de Hambourg": a known name, a particle, another name: two mentions
            Matcher part = PARTICLE.matcher(seq);
            if (gaz.type(seq) == null && !ORG_HEADS.contains(firstToken(seq).toLowerCase(Locale.ROOT)) && part.find()
                    && (gaz.type(seq.substring(0, part.start())) != null || gaz.type(seq.substring(part.end())) != null)) {
                add(text, s, seq.substring(0, part.start()), gaz, spans, types, false, roles, english);
                add(text, s + part.end(), seq.substring(part.end()), gaz, spans, types, false, roles, english);
                continue;
            }
            add(text, s, seq, gaz, spans, types, titled, roles, english);
        }
        // second pass: unknown names of two or three words are persons; then the surnames of the persons found
        // stand for them
        for (int i = 0; i < spans.size(); i++) {
            if (types.get(i).equals("?")) {
                String n = text.substring(spans.get(i)[0], spans.get(i)[1]);
                String[] toks = SPACES.split(n);
                if (toks.length >= 2 && toks.length <= 3 && !PARTICLE.matcher(n).find()
                        && java.util.Arrays.stream(toks).noneMatch(t -> NOT_NAME.contains(t.toLowerCase(Locale.ROOT)))
                        && java.util.Arrays.stream(toks).noneMatch(t -> gaz.type(t) != null)) {
                    types.set(i, "PERSON");
                }
            }
        }
        Set<String> surnames = new HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            if (types.get(i).equals("PERSON")) {
                String n = text.substring(spans.get(i)[0], spans.get(i)[1]);
                String[] toks = n.split("\\s+");
                for (int k = toks.length == 1 ? 0 : 1; k < toks.length; k++) {
                    if (toks[k].length() > 2 && Character.isUpperCase(toks[k].charAt(0))) {
                        surnames.add(Names.fold(toks[k]));
                    }
                }
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            if (types.get(i).equals("?")) {
                String n = text.substring(spans.get(i)[0], spans.get(i)[1]);
                String[] toks = n.split("\\s+");
                if (surnames.contains(Names.fold(toks[toks.length - 1]))) {
                    types.set(i, "PERSON");
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (!types.get(i).equals("?")) {
                int[] sp = spans.get(i);
                out.add(new Mention(sp[0], sp[1], text.substring(sp[0], sp[1]), types.get(i), null));
            }
        }
        return new Tagged(out, descriptions(text, out, roles));
    }

    private static final Pattern PARTICLE = Pattern.compile("\\s+(?:de|du|des|d['’])\\s*", FLAGS);

    private static void add(String text, int s, String seq, Gazetteer gaz, List<int[]> spans, List<String> types, boolean titled,
                            int[] roles, boolean english) {
        if (seq.length() < 2) {
            return;
        }
        String type = titled && gaz.type(seq) == null && !ORG_HEADS.contains(firstToken(seq).toLowerCase(Locale.ROOT))
                ? "PERSON" : classify(text, s, seq, gaz, roles);
        if ("ORGANIZATION".equals(type) && ORG_HEADS.contains(firstToken(seq).toLowerCase(Locale.ROOT)) && !english) {
            seq = text.substring(s, extendOrg(text, s + seq.length()));
        }
        if (type != null && type.equals("?") && ORG_TAILS.contains(lastToken(seq).toLowerCase(Locale.ROOT))) {
            type = "ORGANIZATION";
        }
        if (type != null) {
            spans.add(new int[]{s, s + seq.length()});
            types.add(type);
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DOMAIN_BEFORE = Pattern.compile("(?:\\b(?:de|du|des|la|of)\\s+|\\b[dl]['’])$", FLAGS);
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Set<String> TITLE_WORDS = set("m.", "mm.", "mme", "mmes", "mlle", "dr", "dr.", "me", "mgr", "mr", "mr.", "mrs",
            "mrs.", "ms", "ms.", "pr", "pr.", "sir", "lord", "dame", "madame", "monsieur", "maître");
    private static final Set<String> LOC_WORDS = set("à", "vers", "depuis", "in", "at", "near", "en", "au", "aux");
    private static final Set<String> ROLE_FIRST = set("président", "présidente", "vice", "premier", "première", "ministre", "chef",
            "cheffe", "porte", "chancelier", "chancelière", "secrétaire", "homologue", "dirigeant", "dirigeante", "roi", "reine", "pape",
            "prince", "princesse", "maire", "député", "députée", "sénateur", "sénatrice", "juge", "procureur", "procureure",
            "ambassadeur", "ambassadrice", "général", "patron", "patronne", "directeur", "directrice", "leader", "opposant",
            "opposante", "candidat", "candidate", "émir", "souverain", "dictateur", "entraîneur", "president", "prime", "minister",
            "secretary", "chancellor", "spokesman", "spokeswoman", "spokesperson", "king", "queen", "counterpart", "senator",
            "governor", "ambassador", "mayor", "chief", "ceo");

    private static final boolean[] ROLE_INITIAL = new boolean[0x250];

    static {
        for (String r : ROLE_FIRST) {
            if (r.charAt(0) < ROLE_INITIAL.length) {
                ROLE_INITIAL[r.charAt(0)] = true;
            }
        }
    }

    /** Start offsets of the words that can begin a role ("président", "porte-parole"), in text order. */
    private static int[] roleWords(String text) {
        int[] out = new int[16];
        int k = 0;
        org.revue.analyze.time.Words w = org.revue.analyze.time.Words.of(text);
        for (int t = 0; t < w.count(); t++) {
            int st = w.start(t);
            int i = w.end(t);
            char f = w.low.charAt(st);
            if (i - st >= 3 && i - st <= 14 && w.letters(t) && f < ROLE_INITIAL.length && ROLE_INITIAL[f]
                    && ROLE_FIRST.contains(w.low.substring(st, i))) {
                if (k == out.length) {
                    out = java.util.Arrays.copyOf(out, k * 2);
                }
                out[k++] = st;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** The word just before {@code s} (letters, dots, apostrophes), lower-cased, skipping spaces. */
    private static String prevWord(String text, int s) {
        int e = s;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        return text.substring(b, e).toLowerCase(Locale.ROOT);
    }

    private static boolean roleNear(int[] roles, int s) {
        for (int r : roles) {
            if (r >= s - 80 && r < s) {
                return true;
            }
        }
        return false;
    }

    private static String classify(String text, int s, String seq, Gazetteer gaz, int[] roles) {
        String g = gaz.type(seq);
        String prev = prevWord(text, s);
        String[] toks = SPACES.split(seq);
        String first = toks[0];
        if (TITLE_WORDS.contains(prev) || TITLE_WORDS.contains(prev + ".")) {
            return "PERSON";
        }
        if (g != null) {
            return g;
        }
        if (ORG_HEADS.contains(first.toLowerCase(Locale.ROOT)) && toks.length >= 1) {
            return "ORGANIZATION";
        }
        if (seq.length() >= 2 && seq.length() <= 6 && seq.equals(seq.toUpperCase(Locale.ROOT)) && seq.chars().allMatch(Character::isLetterOrDigit)
                && !ROMAN.matcher(seq).matches()) {
            return atSentenceStart(text, s) && seq.length() > 4 ? null : "ORGANIZATION";
        }
        if (seq.equals(seq.toUpperCase(Locale.ROOT))) {
            return null; // a run of capitals: a heading, a credit
        }
        if (toks.length >= 2 && gaz.isGiven(first) && !NOT_NAME.contains(toks[1].toLowerCase(Locale.ROOT))) {
            return "PERSON";
        }
        if (NOT_NAME.contains(first.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (roleNear(roles, s) && roleBefore(text.substring(Math.max(0, s - 80), s))
                && java.util.Arrays.stream(toks).noneMatch(t -> gaz.type(t) != null)) {
            // "ministre de la Transition écologique", "directeur de Recyvolt": the field or the employer, not a name
            return DOMAIN_BEFORE.matcher(text.substring(Math.max(0, s - 6), s)).find() ? null : "PERSON";
        }
        if (toks.length == 1 && LOC_WORDS.contains(prev) && !atSentenceStart(text, s)) {
            return "LOCATION";
        }
        if (NOT_NAME.contains(first.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (atSentenceStart(text, s) && toks.length == 1) {
            return "?";
        }
        return "?";
    }

    private static final Pattern ROLE_BEFORE = Pattern.compile("\\b" + ROLE + "(?:\\s+[\\p{Ll}][\\p{Ll}\\p{M}'’\\-]*){0,6},?\\s+$", FLAGS);

    private static boolean roleBefore(String before) {
        return ROLE_BEFORE.matcher(before).find();
    }

    static boolean atSentenceStart(String text, int s) {
        int i = s - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '«' || text.charAt(i) == '"'
                || text.charAt(i) == '“' || text.charAt(i) == '\u00a0' || text.charAt(i) == '(' || text.charAt(i) == '-')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '|' || c == '»' && i > 0 && text.charAt(i - 1) == '.';
    }

    private static final Pattern ORG_WORD = Pattern.compile("\\s+(de|du|des|la|l['’]|\\p{Ll}[\\p{Ll}\\p{M}\\-]*)", FLAGS);
    private static final Pattern ADJ = Pattern.compile(".*(?:al|ale|aux|ales|ien|ienne|iens|ais|aise|ain|aine|ique|iques|el|elle|"
            + "aire|ère|é|ée|és|ées|éen|éenne|éens|éennes|if|ive|eur|ant|ante|iste|e)$", FLAGS);

    /** The end of an organization name that goes on in lower case: "Banque centrale européenne", "Organisation mondiale de la santé". */
    private static int extendOrg(String text, int end) {
        Matcher m = ORG_WORD.matcher(text);
        int pos = end;
        int good = end;
        for (int k = 0; k < 5; k++) {
            m.region(pos, text.length());
            if (!m.lookingAt()) {
                break;
            }
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (DESC_STOP.contains(w) || w.length() < 2 && !w.startsWith("l")) {
                break;
            }
            boolean particle = w.equals("de") || w.equals("du") || w.equals("des") || w.equals("la") || w.startsWith("l'") || w.startsWith("l’");
            if (!particle && !ADJ.matcher(w).matches()) {
                break;
            }
            pos = m.end();
            if (!particle) {
                good = pos;
            }
        }
        return good;
    }

    private static String lastToken(String seq) {
        int i = seq.length();
        while (i > 0 && !Character.isWhitespace(seq.charAt(i - 1))) {
            i--;
        }
        return seq.substring(i);
    }

    private static String firstToken(String seq) {
        int i = 0;
        while (i < seq.length() && !Character.isWhitespace(seq.charAt(i))) {
            i++;
        }
        return seq.substring(0, i);
    }

    private static final Set<String> DESC_STOP = set("à", "a", "au", "aux", "avait", "est", "était", "qui", "que", "qu'", "lors",
            "et", "en", "pour", "sur", "dans", "avec", "par", "ont", "se", "s'", "ne", "n'", "il", "elle", "y", "ce", "cette", "mais",
            "ou", "dont", "où", "lui", "leur", "sont", "ayant", "va", "doit", "has", "had", "is", "was", "said", "who", "and", "in",
            "at", "on", "for", "with", "to", "that", "will", "would", "avaient", "étaient", "devait", "devrait", "peut", "pouvait");

    /** Role descriptions and their appositions. */
    private static List<Desc> descriptions(String text, List<Mention> mentions, int[] roles) {
        List<Desc> out = new ArrayList<>();
        Matcher m = DESC.matcher(text);
        m.useTransparentBounds(true);
        for (int r : roles) {
            m.region(Math.max(0, r - 7), text.length());
            if (!m.find() || m.start(1) != r) {
                continue;
            }
            int s = m.start();
            int e = m.end();
            // extend over complements and adjectives: "des affaires étrangères", "russe", "de la diplomatie américaine"
            int pos = e;
            int words = 0;
            int lastGood = e;
            while (words < 6) {
                int ws = pos;
                while (ws < text.length() && text.charAt(ws) == ' ') {
                    ws++;
                }
                int we = ws;
                while (we < text.length() && (Character.isLetter(text.charAt(we)) || text.charAt(we) == '-' || text.charAt(we) == '\''
                        || text.charAt(we) == '’')) {
                    we++;
                    if (text.charAt(we - 1) == '\'' || text.charAt(we - 1) == '’') {
                        break;
                    }
                }
                if (we == ws || ws == pos) {
                    break;
                }
                String w = text.substring(ws, we);
                String lw = w.toLowerCase(Locale.ROOT).replace('’', '\'');
                boolean cap = Character.isUpperCase(w.charAt(0));
                if (cap && !lw.equals("état") && !lw.equals("etat")) {
                    break;
                }
                if (DESC_STOP.contains(lw)) {
                    break;
                }
                pos = we;
                words++;
                if (!(lw.equals("de") || lw.equals("des") || lw.equals("du") || lw.equals("la") || lw.equals("l'") || lw.equals("d'")
                        || lw.equals("of") || lw.equals("the"))) {
                    lastGood = we;
                }
            }
            e = lastGood;
            String phrase = text.substring(s, e);
            int app = -1;
            int k = e;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == ',')) {
                k++;
            }
            String between = text.substring(e, k);
            for (int i = 0; i < mentions.size(); i++) {
                Mention mm = mentions.get(i);
                if (mm.start() == k && mm.type().equals("PERSON") && between.length() <= 2) {
                    app = i;
                    break;
                }
                if (mm.start() >= k && mm.start() <= k + 6 && mm.type().equals("PERSON") && TITLE_BEFORE.matcher(text.substring(k, mm.start())).find()) {
                    app = i;
                    break;
                }
            }
            String role = text.substring(m.start(1), e);
            out.add(new Desc(s, e, phrase, key(role), app));
        }
        return out;
    }

    /** A description folded for matching across articles: gender and "états-unien" = "américain". */
    static String key(String role) {
        StringBuilder b = new StringBuilder();
        for (String t : Names.fold(role).replace("etats unien", "americain").split("\\s+")) {
            String x = t;
            if (x.endsWith("nne")) {
                x = x.substring(0, x.length() - 2);
            } else if (x.endsWith("e") && x.length() > 4) {
                x = x.substring(0, x.length() - 1);
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(x);
        }
        return b.toString();
    }
}
