package org.revue.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Line-level signs of boilerplate in scraped news text, in the main European languages.
 * Each rule is general: it names a kind of page furniture, never a site.
 */
final class Cues {
    private Cues() {
    }

    /** How a line refers readers to other content. */
    enum Marker { NONE, WHOLE, OPEN, INLINE }

    private static final String RELATED = "(?:[>»›•*\\-–]+\\s*)?(?:"
            + "(?:à |a )?lire (?:aussi|également|egalement|encore)|(?:à |a )?voir (?:aussi|également|egalement)|"
            + "en vidéo|en video|en images|sur le même sujet|sur le meme sujet|dans la même rubrique|"
            + "autres actualités|autres actualites|les plus lus|les plus partagés|à la une|et aussi|"
            + "lire et commenter|réagir|commenter|nos articles sur|toute l'info sur|toute l’info sur|"
            + "toutes les infos sur|retrouvez|découvrez aussi|"
            + "read more|read also|see also|related(?: articles| stories| news)?|more on this story|most read|"
            + "recommended|you may also like|lesen sie auch|mehr zum thema|auch interessant|"
            + "lee también|leer más|te puede interesar|leggi anche|potrebbe interessarti|leia também|veja também|lees ook"
            + ")";
    private static final Pattern MARKER_WHOLE = Pattern.compile("(?iu)^" + RELATED + "\\s*[:.…]?$");
    private static final Pattern MARKER_OPEN = Pattern.compile(
            "(?iu)^(?:toute l['’]info sur|toutes les infos sur|nos articles sur|retrouvez|en savoir plus sur|"
                    + "dossier\\s*:?|more on|mehr zu)\\s*:?$");
    private static final Pattern MARKER_INLINE = Pattern.compile("(?iu)^" + RELATED + "\\s*[:>»\\-–]\\s*\\S.*$");
    private static final Pattern MARKER_WHOLE_LC = lowerCase(MARKER_WHOLE);
    private static final Pattern MARKER_OPEN_LC = lowerCase(MARKER_OPEN);
    private static final Pattern MARKER_INLINE_LC = lowerCase(MARKER_INLINE);

    /** A {@code (?iu)} pattern without case folding, for text already in lower case. */
    private static Pattern lowerCase(Pattern p) {
        return Pattern.compile("(?u)" + p.pattern().substring("(?iu)".length()));
    }

    static Marker marker(String line) {
        return markerLower(line, line.toLowerCase(java.util.Locale.ROOT));
    }

    /** {@link #marker} of a line and its lower-case form (no case folding at each position). */
    static Marker markerLower(String line, String lower) {
        if (line.length() > 200) {
            return Marker.NONE;
        }
        if (line.length() <= 60) { // the markers standing alone are short
            if (MARKER_OPEN_LC.matcher(lower).matches()) {
                return Marker.OPEN;
            }
            if (MARKER_WHOLE_LC.matcher(lower).matches()) {
                return Marker.WHOLE;
            }
        }
        if (hasMarkerSeparator(line) && MARKER_INLINE_LC.matcher(lower).matches() && words(line) <= 30) {
            return Marker.INLINE;
        }
        return Marker.NONE;
    }

    /** Whether the line holds one of the separators after which an inline marker's teaser starts. */
    private static boolean hasMarkerSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '>' || c == '»' || c == '-' || c == '–') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NEWSLETTER = Pattern.compile("(?iu)(newsletter|s['’]inscrire|inscrivez[- ]vous|"
            + "abonnez[- ]vous|s['’]abonner|déjà abonné|réservé aux abonnés|adresse (?:e-?mail|électronique|mail)|"
            + "votre (?:e-?mail|courriel)|recevoir l['’]essentiel|vous souhaitez recevoir|nos offres|"
            + "édition (?:matinale|du soir|de la mi-journée)|se désinscrire|désinscription|"
            + "subscribe|sign up|email address|your inbox|unsubscribe|"
            + "politique de confidentialité|privacy policy|cookies|tous droits réservés|all rights reserved|"
            + "télécharge[zr]? l['’]application|download the app|suivez-nous|follow us|"
            + "partager sur|share (?:on|this)|envoyer par (?:e-?mail|courriel)|imprimer l['’]article|"
            + "newsletter abonnieren|jetzt abonnieren|suscríbete|iscriviti)");

    /** {@link #NEWSLETTER} and {@link #PUBLISH_CUE} for text already in lower case: no case folding at each position. */
    private static final Pattern NEWSLETTER_LC = Pattern.compile(NEWSLETTER.pattern().substring("(?iu)".length()));

    /** {@link #newsletter} of a line and its lower-case form (faster on long pages). */
    static boolean newsletterLower(String line, String lower) {
        return words(line) <= 25 && anyAnchor(lower) && NEWSLETTER_LC.matcher(lower).find();
    }

    /** One literal of each alternative of {@link #NEWSLETTER}: a line without any cannot match it. */
    private static final String[] NEWSLETTER_ANCHORS = {"newsletter", "inscri", "abonn", "adresse ", "votre ", "recevoir",
            "nos offres", "édition ", "subscribe", "sign up", "email address", "your inbox", "confidentialité",
            "privacy policy", "cookies", "droits réservés", "rights reserved", "application", "download the app",
            "suivez-nous", "follow us", "partager sur", "share ", "envoyer par", "imprimer", "suscríbete", "iscriviti"};

    private static boolean anyAnchor(String lower) {
        for (String a : NEWSLETTER_ANCHORS) {
            if (lower.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** A sign-up, sharing, cookie or legal line (short lines only). */
    static boolean newsletter(String line) {
        return words(line) <= 25 && NEWSLETTER.matcher(line).find();
    }

    /** A rule of {@link #promo}: a pattern on lower-case text, run only on lines that hold one of its literals. */
    private record Promo(int maxWords, Pattern pattern, String... anchors) {
        Promo(int maxWords, String regex, String... anchors) {
            this(maxWords, Pattern.compile("(?u)" + regex), anchors);
        }
    }

    /**
     * Calls to action and disclosures at the end of articles: follow us / join our channel / download our app
     * ("Follow her on Twitter", "Únete a nuestro canal de Telegram", "Get the latest news with the X app"),
     * affiliate and advertising disclosures ("We may earn a commission", "Dieser Beitrag enthält Werbung"),
     * membership pitches ("If you enjoyed this article…", "Hazte miembro"), legal lines and disclaimers,
     * prompts to comment, rate or share the article, downloads of the page as a PDF, the print edition.
     * Lines of 40 words at most; 15 for the prompts that a real paragraph may also hold in passing.
     */
    private static final List<Promo> PROMOS = List.of(
            new Promo(40, "^\\W*(?:follow|join|download|get|chat with|subscribe to|únete|unete|síguenos|siguenos|sigue|mira|"
                    + "descarga|suivez|rejoignez|téléchargez|retrouvez-nous|folgen sie|folge|abonniere|segui|seguici|scarica|siga)\\b"
                    + "[^.!?]{0,100}\\b(?:twitter|facebook|instagram|telegram|youtube|whatsapp|messenger|linkedin|tiktok|"
                    + "pinterest|app|apps|podcast)\\b", "twitter", "facebook", "instagram", "telegram", "youtube", "whatsapp",
                    "messenger", "linkedin", "tiktok", "pinterest", " app", "podcast"),
            new Promo(40, "\\b(?:follow|find) (?:us|me|him|her|them) (?:on|at) ", "follow ", "find "),
            new Promo(40, "\\b(?:tenemos|nuestro) canal de", "canal de"),
            new Promo(40, "\\bapps? (?:for|para|für|pour) (?:ios|android)\\b", "ios", "android"),
            new Promo(40, "\\b(?:may|might|could) (?:earn|receive|get) (?:an? |small )?(?:affiliate )?commission", "commission"),
            new Promo(40, "\\b(?:affiliate|partner)[- ]links?\\b.{0,120}\\b(?:kaufst|kaufen|purchase|buy|commission|provision)"
                    + "|^\\W*(?:this (?:post|article|page)|dieser (?:beitrag|artikel)|diese seite)\\b.{0,40}\\baffiliate"
                    + "|\\bhandelt es sich um (?:\\p{L}+\\s+)?(?:affiliate|partner)[- ]?links?\\b", "affiliate", "partner"),
            new Promo(40, "\\breader-supported\\b|\\benthält (?:werbung|affiliate)", "reader-supported", "enthält"),
            new Promo(40, "\\bif you (?:enjoyed|liked|value) (?:this|our)|\\bhazte miembro|\\bbecome a (?:member|subscriber|supporter)\\b",
                    "if you", "hazte", "become a"),
            new Promo(40, "\\b(?:requires|enable) javascript\\b", "javascript"),
            new Promo(40, "\\balle rechte vorbehalten|\\bohne gewähr\\b|\\bvervielfältigung nur\\b|\\bmeinung des autors\\b"
                    + "|\\b(?:do|does) not necessarily (?:reflect|represent)|\\b(?:advertising|editorial) disclaimer\\b"
                    + "|\\badvertisers do not influence|\\bderechos reservados|\\btutti i diritti riservati|\\bsubject to copyright\\b",
                    "vorbehalten", "gewähr", "vervielfältigung", "meinung des autors", "necessarily", "disclaimer", "advertisers",
                    "derechos", "diritti", "copyright"),
            new Promo(40, "^\\W*(?:para comentar|pour commenter|to comment|um zu kommentieren)\\b|\\bin den kommentaren\\b"
                    + "|\\bhinterlasse\\b.{0,60}\\bkommentar", "comentar", "comment", "kommentier", "kommentar"),
            new Promo(40, "^\\W*(?:war|was|fanden sie) (?:der|dieser|this|den) (?:artikel|beitrag|article|post)\\b.{0,20}"
                    + "(?:nützlich|hilfreich|helpful|useful|interessant)", "nützlich", "hilfreich", "helpful", "useful", "interessant"),
            new Promo(40, "^\\W*(?:möchten sie|willst du|möchtest du) (?:den|diesen) (?:artikel|beitrag) teilen", "teilen"),
            new Promo(40, "\\bletters? to the editor via\\b|\\be-?paper\\b", "editor via", "paper"),
            // a news-agency caption: "In this Dec. 12, 2006, file photo, …", "This photo provided by …"
            new Promo(60, "^(?:in )?this (?:[\\p{L}\\d.,'’-]+ ){0,6}?(?:file |handout |undated )?(?:photo|image|picture|photograph)"
                    + "(?: (?:taken|provided|released|made available|shows)|,)", "photo", "image", "picture"),
            // the consent placeholder of an embedded post or video
            new Promo(40, "^\\W*empfohlener redaktioneller inhalt|\\b(?:einen|den) externen inhalt\\b|\\bexterne(?:r|n)? inhalte? (?:laden|anzeigen)"
                    + "|\\b(?:load|show) (?:external|third-party) content\\b", "inhalt", "content"),
            new Promo(15, "\\b(?:leave|post|add) a comment\\b", "comment"),
            new Promo(15, "\\bpdf\\b.{0,30}\\b(?:herunterladen|download|downloaden|télécharger|descargar|scaricare)\\b"
                    + "|\\b(?:download|herunterladen|télécharger|descargar)\\b.{0,30}\\bpdf\\b", "pdf"));

    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?iu)^\\W*(?:quellen?|sources?|fuentes?|fontes?|bildquelle|originalpublikation|original publication|"
            + "kategorien?|categories|category|catégories?|categorías?|rubriken?|rubriques?|tags?|schlagw(?:ö|oe)rter|"
            + "schlagworte|stichw(?:ö|oe)rter|themen|topics|filed under|mots-clés|etiquetas)\\s*(?::|$)");
    private static final Pattern SOURCE_LINE_LC = Pattern.compile("(?u)" + SOURCE_LINE.pattern().substring("(?iu)".length()));

    /**
     * A line naming a source, as credits do ("Quelle: Landesregierung", "Source: company data"), or the
     * article's categories and tags ("Kategorie: News", "Tags: …"); 12 words at most.
     */
    static boolean sourceLineLower(String line, String lower) {
        int colon = lower.indexOf(':');
        if (colon < 0 ? lower.length() > 40 : colon > 60) {
            return false; // the label stands alone or before a colon near the start
        }
        return SOURCE_LINE_LC.matcher(lower).lookingAt() && words(line) <= 12;
    }

    static boolean sourceLine(String line) {
        return SOURCE_LINE.matcher(line).lookingAt() && words(line) <= 12;
    }

    /** {@link #PROMOS}: a call to follow, join, download or subscribe, a disclosure, a legal line, a prompt. */
    static boolean promo(String line) {
        return promoLower(line, line.toLowerCase(java.util.Locale.ROOT));
    }

    /** {@link #promo} of a line and its lower-case form: no case folding, and each rule only where its literals are. */
    static boolean promoLower(String line, String lower) {
        int w = -1;
        for (Promo p : PROMOS) {
            for (String a : p.anchors()) {
                if (lower.contains(a)) {
                    if (w < 0) {
                        w = words(line);
                    }
                    if (w <= p.maxWords() && p.pattern().matcher(lower).find()) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private static final String AGENCY = "(?:afp|reuters|ap|associated press|agences?|belga|ats|dpa|ansa|efe|apa|"
            + "bloomberg|pa|anp|ips|xinhua|tass|ria novosti|relaxnews|maxppp|sipa|getty images|epa|abaca)";
    private static final Pattern AGENCY_LINE = Pattern.compile("(?iu)^[(\\[]?\\s*(?:source\\s*:?\\s*|sources\\s*:?\\s*|"
            + "avec\\s+(?:l['’])?|with\\s+|par\\s+|by\\s+|©\\s*(?:\\d{4}\\s+)?|copyright\\s+)?(?:l['’])?" + AGENCY
            + "(?:\\s*(?:,|et|and|/|&)\\s*" + AGENCY + ")*\\s*[)\\]]?\\s*\\.?$");
    private static final Pattern INITIALS_SIGNATURE = Pattern.compile("(?iu)^\\p{L}{2,12}(?:\\s*/\\s*\\p{L}{1,8}){1,5}\\s*$");
    /** An agency signature or tag standing alone: "Source AFP", "(avec AFP)", "agences/cab/tmun". */
    static boolean agencySignature(String line) {
        if (words(line) > 8) {
            return false;
        }
        return AGENCY_LINE.matcher(line).matches() || INITIALS_SIGNATURE.matcher(line).matches();
    }

    private static final Pattern AGENCY_WORD = Pattern.compile("(?iu)\\b" + AGENCY + "\\b");
    private static final Pattern CREDIT_START = Pattern.compile("(?iu)^(?:©|photos?\\s*:|crédits?(?:\\s+photos?)?\\s*:|credits?(?:\\s+photos?)?\\s*:|fotos?\\s*:)");
    private static final Pattern UPPER_CREDIT_END = Pattern.compile(
            "(?u)[(\\s]\\p{Lu}[\\p{Lu}.'’\\- ]{1,40}\\s*/\\s*\\p{Lu}[\\p{Lu}\\p{L} \\-]{1,30}\\)?\\s*$");

    /** A photo caption with its credit: "… | NAME / AFP", "… © Reuters", "Photo : …", "… (NAME / AFP)". */
    static boolean photoCredit(String line) {
        if (CREDIT_START.matcher(line).lookingAt()) {
            return words(line) <= 25;
        }
        int cut = Math.max(line.lastIndexOf('|'), line.lastIndexOf('©'));
        if (cut >= 0) {
            String tail = line.substring(cut + 1).trim();
            if (words(tail) <= 8 && (line.charAt(cut) == '©' || tail.contains("/") || isUpperish(tail)
                    || AGENCY_WORD.matcher(tail).find())) {
                return true;
            }
        }
        if (line.indexOf('/') < 0) {
            return false; // the credit at the end is "NAME / AGENCY"
        }
        java.util.regex.Matcher m = UPPER_CREDIT_END.matcher(line);
        return m.find() && isUpperish(line.substring(m.start()));
    }

    private static boolean isUpperish(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper * 10 >= letters * 8;
    }

    private static final Pattern BYLINE = Pattern.compile(
            "(?u)^(?:par|by|von|por|di|door)\\s+\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}.'’\\-]+|et|and|und|y|e|de|van|von|du|le|la))*"
                    + "(?:\\s*[,|–-]\\s*.{0,40})?$", Pattern.CASE_INSENSITIVE);

    /** "Par Jean Dupont", "By Jane Doe, in Brussels". */
    static boolean byline(String line) {
        return words(line) <= 10 && BYLINE.matcher(line).matches() && Character.isUpperCase(firstLetterAfterSpace(line));
    }

    private static char firstLetterAfterSpace(String line) {
        int sp = line.indexOf(' ');
        return sp < 0 || sp + 1 >= line.length() ? 'a' : line.charAt(sp + 1);
    }

    private static final Pattern PUBLISH_CUE = Pattern.compile("(?iu)(publié|publie|mis à jour|mise à jour|modifié|"
            + "actualisé|updated|published|posted|last modified|veröffentlicht|veröffentlichung|aktualisiert|publicado|actualizado|"
            + "pubblicato|aggiornato)");
    private static final Pattern PUBLISHED_CUE = Pattern.compile("(?iu)(publié|publie|published|posted|"
            + "veröffentlicht|publicado|pubblicato)\\D{0,12}$");

    private static final Pattern PUBLISH_CUE_LC = Pattern.compile(PUBLISH_CUE.pattern().substring("(?iu)".length()));

    /** {@link #hasPublishCue} of a line already in lower case. */
    static boolean hasPublishCueLower(String lower) {
        return PUBLISH_CUE_LC.matcher(lower).find();
    }

    static boolean hasPublishCue(String line) {
        return PUBLISH_CUE.matcher(line).find();
    }

    private static final Pattern MODIFIED_CUE = Pattern.compile("(?iu)(mis à jour|mise à jour|modifié|actualisé|updated|"
            + "modified|aktualisiert|geändert|actualizado|aggiornato)\\D{0,12}$");

    /** Whether the text just before a date says it is the date of the last change ("Modifié le", "Updated"). */
    static boolean modifiedBefore(String prefix) {
        return MODIFIED_CUE.matcher(prefix).find();
    }

    /** The date a date line gives as the last change ("Publié le 3 mai - Modifié le 4 mai 2017"), else null. */
    static java.time.LocalDate modified(String line, List<DateParser.Found> dates) {
        for (DateParser.Found f : dates) {
            if (modifiedBefore(line.substring(Math.max(0, f.start() - 40), f.start()))) {
                return f.date();
            }
        }
        return null;
    }

    /** Whether the text just before a date says it is the publication date. */
    static boolean publishedBefore(String prefix) {
        return PUBLISHED_CUE.matcher(prefix).find();
    }

    private static final Pattern KICKER = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Lu}'’\\- ]{2,40}(?:\\s*\\((?:AFP|Reuters|AP|Belga|dpa|ANSA|EFE)\\))?)\\s+[-–—]\\s+(?=\\p{Lu}|«|\")");

    /** Strips a leading upper-case kicker or dateline: "ENTENTE - Malgré…", "PARIS (AFP) - Le…". */
    static String stripKicker(String line) {
        java.util.regex.Matcher m = KICKER.matcher(line);
        return m.find() ? line.substring(m.end()) : line;
    }

    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)]\\(([^)]*)\\)");

    /** Markdown link debris: the line is nothing but links. Returns the line with links replaced by their text. */
    static String unlink(String line) {
        return MD_LINK.matcher(line).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(r.group(1)));
    }

    static boolean onlyLinks(String line) {
        if (!line.contains("](")) {
            return false;
        }
        String rest = MD_LINK.matcher(line).replaceAll("");
        return letters(rest) <= 2;
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Ends like a sentence: . ! ? … or a closing quote/bracket after one. Ellipsis "..." counts only if asked. */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "»\"”’)]' ".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(s.charAt(i)) >= 0;
    }

    /** Ends with a truncation mark: "..." or "…", as teasers do. */
    static boolean truncated(String s) {
        String t = s.stripTrailing();
        return t.endsWith("...") || t.endsWith("…") || t.endsWith("[…]");
    }
}
