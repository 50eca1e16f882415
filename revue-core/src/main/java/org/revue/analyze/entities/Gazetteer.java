package org.revue.analyze.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names known in advance, folded ({@link Names#fold}): countries in French and English from the JDK's locale
 * data (CLDR), and the bundled lists of places, organizations and given names. Loaded once, in a few
 * milliseconds.
 */
final class Gazetteer {
    private static final Gazetteer INSTANCE = new Gazetteer();

    final Map<String, String> types = new HashMap<>();
    final Set<String> given = new HashSet<>();

    static Gazetteer get() {
        return INSTANCE;
    }

    private Gazetteer() {
        for (String cc : Locale.getISOCountries()) {
            Locale l = new Locale("", cc);
            for (Locale in : new Locale[]{Locale.FRENCH, Locale.ENGLISH}) {
                String n = l.getDisplayCountry(in);
                if (!n.isBlank() && !n.equals(cc)) {
                    types.put(Names.fold(n), "LOCATION");
                    // "Corée du Nord", "Royaume-Uni": also without the bracketed part some names carry
                    int p = n.indexOf(" (");
                    if (p > 0) {
                        types.put(Names.fold(n.substring(0, p)), "LOCATION");
                    }
                }
            }
        }
        for (String extra : new String[]{"USA", "Etats-Unis d'Amérique", "Grande-Bretagne", "Angleterre", "Hollande",
                "Birmanie", "Russia", "Britain", "Great Britain", "England", "Syrie", "Iran", "Corée du Sud", "Corée du Nord",
                "North Korea", "South Korea", "Palestine", "Taïwan", "Vatican"}) {
            types.put(Names.fold(extra), "LOCATION");
        }
        load("places.txt", "LOCATION");
        load("orgs.txt", "ORGANIZATION");
        try (BufferedReader r = open("firstnames.txt")) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    for (String w : line.trim().split("\\s+")) {
                        if (!w.isEmpty()) {
                            given.add(Names.fold(w));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(String file, String type) {
        try (BufferedReader r = open(file)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.trim();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    types.put(Names.fold(line), type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader open(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    String type(String name) {
        return types.get(Names.fold(name));
    }

    boolean isGiven(String token) {
        return given.contains(Names.fold(token));
    }
}
