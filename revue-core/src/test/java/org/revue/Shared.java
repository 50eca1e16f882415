package org.revue;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** The evaluation folder beside the project (../shared); tests that need it skip, saying so, when it is absent. */
public final class Shared {
    private static boolean warned;

    private Shared() {
    }

    public static Path dir() {
        String p = System.getProperty("revue.shared");
        Path d = p != null ? Path.of(p) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(d)) {
            d = Path.of("..", "shared");
        }
        if (!Files.isDirectory(d.resolve("seeds"))) {
            if (!warned) {
                warned = true;
                System.err.println("revue tests: ../shared is absent (a fresh clone has none): tests on its data are skipped");
            }
            Assumptions.abort("../shared is absent (a fresh clone has none): skipping a test that needs its data");
        }
        return d;
    }

    /** The bundled sample corpus at the repository root. */
    public static Path samples() {
        Path p = Path.of("..", "samples", "news");
        if (!Files.isDirectory(p)) {
            p = Path.of("samples", "news");
        }
        return p;
    }
}
