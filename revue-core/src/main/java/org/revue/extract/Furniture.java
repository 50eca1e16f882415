package org.revue.extract;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The general vocabulary of page furniture in HTML: class and id words that name non-article parts of a page,
 * words that name the article body, and the short phrases of share bars, ad slots and sign-up boxes. None of
 * it names a site.
 */
final class Furniture {
    private Furniture() {
    }

    /**
     * Class/id words (whole words of the name split at "-", "_", spaces and camelCase) naming furniture:
     * comments, sharing, related and recommended links, newsletter and sign-up boxes, cookie and consent
     * banners, pop-ups, sidebars and widgets, navigation and breadcrumbs, ads and sponsored slots, tags,
     * pagination, author boxes, and text for screen readers only.
     */
    private static final Set<String> WORDS = Set.of(
            "comment", "comments", "commentlist", "disqus", "respond", "replies",
            "share", "shares", "sharing", "sharebar", "social", "socials", "sociallinks", "addthis", "sharethis",
            "related", "relatedposts", "recommended", "recommendations", "recirculation", "trending",
            "mostread", "outbrain", "taboola", "newsletter", "subscribe", "subscription", "signup", "paywall",
            "cookie", "cookies", "consent", "gdpr", "popup", "modal", "sidebar",
            "breadcrumb", "breadcrumbs", "navbar", "navigation", "footer", "masthead",
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "dfp",
            "sponsored", "tagcloud", "taglist", "pagination", "pager", "prevnext",
            "authorbox", "authorinfo", "toolbar", "srOnly", "sronly", "screenreader", "visuallyhidden", "offscreen", "byline",
            "postmeta", "entrymeta", "login");
    /**
     * Weaker words: furniture when the element is small, but also used by page builders and themes for
     * wrappers of the content ("widget-wrap", "nav-content", "meta-section").
     */
    private static final Set<String> WEAK = Set.of("widget", "widgets", "nav", "menu", "submenu", "overlay",
            "popular", "sponsor", "promo", "promotion", "tags", "print", "skip",
            "banner", "meta", "rating", "search", "jump", "toc");

    /** Words of boxes about the author or the site, a paragraph or two long. */
    private static final Set<String> BOX = Set.of("author", "authors", "autor", "autoren", "auteur", "profile",
            "about", "aboutauthor", "bio", "biography", "contributor");

    /** Words of picture captions and credits: a caption may be a few sentences long. */
    private static final Set<String> CAPTION_WORDS = Set.of("caption", "captions", "credit", "credits");

    /** Words of cards shown when the pointer is over a name: the card, not the name, is furniture. */
    private static final Set<String> HOVER_WORDS = Set.of("rollover", "hovercard", "popover");

    /** Words of the site's copyright and address lines (a short "© name" is a picture credit, read with its caption). */
    private static final Set<String> COPYRIGHT_WORDS = Set.of("copyright", "imprint");

    enum Strength { NONE, WEAK, CAPTION, COPYRIGHT, HOVER, BOX, STRONG }

    /** Class/id words naming the article body: the container holding them gets a bonus. */
    private static final String[] BODY = ("articlebody article-body article__body article-content "
            + "articlecontent article-text story-body storybody story-content entry-content post-content postcontent "
            + "post-body postbody content-body body-text main-content maincontent single-content blog-content "
            + "rich-text richtext text-content article__content post-entry entry-body").split(" ");

    private static boolean bodyName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        for (String b : BODY) {
            if (n.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** Short lines of furniture: share and print prompts, ad labels, sign-up calls, reading times. */
    private static final Pattern PHRASE = Pattern.compile("(?iu)^\\W*(advertisement|advertisements|advertising|annonce|"
            + "anzeige|publicité|publicite|pub|sponsored|sponsorisé|share( this( article| story| post)?)?( on \\w+)?|"
            + "partager( sur \\w+)?|teilen|tweet|print|imprimer|e-?mail|email this|copy link|copied|"
            + "read more|lire la suite|weiterlesen|continue reading|show more|load more|"
            + "subscribe( now)?|sign up|s'abonner|abonnez-vous|\\d+ min(ute)?s? read|lecture \\d+ min|"
            + "(tempo de leitura|lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura)\\W*\\d+\\s*\\p{L}*|"
            + "skip to (main )?content|back to top|retour en haut|follow us|suivez-nous|"
            + "related( articles| posts| stories)?|recommended( for you)?|you may also like|more from .{1,40}|"
            + "ad|advert|werbung|cookies?( settings| policy)?|caption|close|trending( now)?|don'?t miss|\\d+ (of|/|von|de|sur) \\d+|"
            + "(loading|chargement( en cours)?|wird geladen|lädt|cargando|caricamento)( [\\p{L} ]{1,40})?(…|\\.\\.\\.)|"
            + "permalink|permalien|lien permanent|(quellen|sources?) (einblenden|ausblenden|anzeigen)|(show|hide) sources|"
            + "weitere (themen|artikel|beiträge|nachrichten|meldungen)|mehr (zum thema|artikel|news)|"
            + "(diesen |den )?artikel (teilen|drucken|versenden)|das könnte sie auch interessieren|ähnliche artikel|"
            + "more (stories|articles|news)|latest (news|stories|posts)|top stories|you might also like|"
            + "articles? (connexes?|similaires)|à lire aussi|dans la même rubrique|"
            + "sie sind (aktuell |derzeit )?nicht (eingeloggt|angemeldet)|you are not logged in|"
            + "log ?in|anmelden|einloggen|se connecter|registrieren|register)\\W*$");
    /**
     * Picture captions and credits: "Photo: …", "Abbildung: …", "Foto: X / Agency", a line ending
     * with ", photo: Name", the "Vergrößern" (enlarge) label of a zoomable picture.
     */
    private static final Pattern CAPTION = Pattern.compile("(?iu)^(?:(?:abbildung|abb\\.|bild|foto|fotos|photo|photos|image|"
            + "grafik|illustration|crédits? photo|credit|bildquelle|picture)\\s*:|vergrößern\\s|enlarge\\s)"
            + "|[,(|/]\\s*(?:photo|foto|bild|crédit|credit|image)s?\\s*:\\s*[^.]{1,60}\\)?$");

    static Strength classWords(Element e) {
        String cls = Attrs.className(e);
        String id = Attrs.id(e);
        if (cls.isEmpty() && id.isEmpty()) {
            return Strength.NONE;
        }
        if (embed(cls)) {
            // a post quoted in the article ("social-media-embed", "twitter-tweet"), not a share bar; but an
            // embedded picture's caption is a caption
            return words(cls) == Strength.CAPTION ? Strength.CAPTION : Strength.NONE;
        }
        Strength a = words(cls), b = words(id);
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static boolean embed(String cls) {
        return cls.contains("embed") || cls.contains("Embed") || cls.contains("twitter-tweet") || cls.contains("instagram-media");
    }

    /** What each class or id name says, remembered: a page repeats the same few names on most of its elements. */
    private static final ThreadLocal<java.util.HashMap<String, Strength>> SEEN = ThreadLocal.withInitial(java.util.HashMap::new);

    private static Strength words(String name) {
        if (name.isEmpty()) {
            return Strength.NONE;
        }
        java.util.HashMap<String, Strength> seen = SEEN.get();
        Strength s = seen.get(name);
        if (s == null) {
            if (seen.size() > 50_000) {
                seen.clear();
            }
            s = readWords(name);
            seen.put(name, s);
        }
        return s;
    }

    private static Strength readWords(String name) {
        Strength found = Strength.NONE;
        int start = 0;
        int n = name.length();
        String prev = "";
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            char c = end ? ' ' : name.charAt(i);
            boolean sep = end || c == '-' || c == '_' || c == ' ' || c == ':' || c == '.'
                    || i > start && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if (sep) {
                // a BEM modifier ("section--ads": a section that has ads) and a negated word ("no-ads",
                // "non-paywall") do not name what the element is
                boolean modifier = start >= 2 && name.charAt(start - 1) == '-' && name.charAt(start - 2) == '-';
                if (i > start && !modifier) {
                    String w = name.substring(start, i).toLowerCase(Locale.ROOT);
                    boolean negated = prev.equals("no") || prev.equals("non") || prev.equals("not") || prev.equals("without");
                    if (!negated && WORDS.contains(w)) {
                        return Strength.STRONG;
                    }
                    if (!negated && BOX.contains(w)) {
                        found = Strength.BOX;
                    } else if (!negated && COPYRIGHT_WORDS.contains(w) && found == Strength.NONE) {
                        found = Strength.COPYRIGHT;
                    } else if (!negated && HOVER_WORDS.contains(w)) {
                        found = Strength.HOVER;
                    } else if (!negated && CAPTION_WORDS.contains(w) && found != Strength.BOX && found != Strength.HOVER) {
                        found = Strength.CAPTION;
                    } else if (!negated && WEAK.contains(w) && found == Strength.NONE) {
                        found = Strength.WEAK;
                    }
                    prev = w;
                } else if (c == ' ') {
                    prev = "";
                }
                start = (c == '-' || c == '_' || c == ' ' || c == ':' || c == '.' || end) ? i + 1 : i;
            }
        }
        return found;
    }

    /** 1.5 for an element whose class/id or itemprop names the article body, else 1. */
    static double bonus(Element e) {
        if (Attrs.get(e, "itemprop").equalsIgnoreCase("articleBody")) {
            return 1.5;
        }
        String cls = Attrs.className(e);
        String id = Attrs.id(e);
        return bodyName(cls) || bodyName(id) ? 1.5 : 1;
    }

    /**
     * A heading that opens what follows an article: its comments ("12 Comments", "Leave a Reply",
     * "Kommentare", "Réactions") or its related links ("Related articles", "Mehr zum Thema", "À lire aussi").
     */
    private static final Pattern END = Pattern.compile("(?iu)^\\W*(?:\\d+\\s+)?(?:comments?|kommentare?|commentaires?|"
            + "comentarios?|commenti|"
            + "leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|"
            + "schreibe(?:n sie)? einen kommentar|kommentar (?:schreiben|verfassen)|laisser un commentaire|"
            + "deja un comentario|lascia un commento|"
            + "related (?:articles|posts|stories)|you (?:may|might) also like|read (?:this|these) next|what to read next|"
            + "quick ?links|useful links|nützliche links|liens utiles|enlaces (?:rápidos|útiles)|"
            + "recommended (?:reading|for you)|about the authors?|über (?:den|die) (?:autor|autorin)|à propos de l'auteur|"
            + "das könnte sie auch interessieren|dans la même rubrique|noticias relacionadas|articoli correlati|"
            + "weitere (?:artikel|beiträge|themen|nachrichten|meldungen|news|storys|stories|\\p{L}*tipps)(?: \\p{L}+){0,3}|"
            + "aktuelle (?:news|nachrichten|beiträge|artikel|meldungen)|kommende (?:events|termine|veranstaltungen)|"
            + "upcoming events|latest (?:news|posts|articles|stories)|more (?:news|stories|articles|posts)(?: from .{1,40})?|"
            + "entdecken sie (?:jetzt|mehr|weitere)|entdecke (?:jetzt|mehr|weitere)(?: \\p{L}+)?|discover more)\\W*(?:\\(\\d+\\))?\\W*$");

    static boolean endOfArticle(String t) {
        return END.matcher(t).matches();
    }

    static boolean phrase(String t) {
        return t.length() < 60 && PHRASE.matcher(t).matches()
                || t.length() < 300 && (t.indexOf(':') >= 0 || t.length() > 8 && Character.toLowerCase(t.charAt(0)) == 'v'
                || t.length() > 7 && Character.toLowerCase(t.charAt(0)) == 'e') && CAPTION.matcher(t).find();
    }
}
