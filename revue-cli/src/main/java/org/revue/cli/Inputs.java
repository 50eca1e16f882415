package org.revue.cli;

import org.revue.model.Warnings;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The options of the commands that read a folder of news: PATH..., --lang, --verbose (a picocli mixin). */
final class Inputs {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (.txt, .html, .jsonl)")
    List<Path> paths;

    @Option(names = "--lang", defaultValue = "auto", description = "auto, or a language code for every article (fr, en, …)")
    String lang;

    @Option(names = {"-v", "--verbose"}, description = "report each stage on stderr")
    boolean verbose;

    /** The pipeline for these inputs; progress on stderr when asked or when the input is large. */
    Pipeline pipeline() {
        return new Pipeline(Pipeline.Options.defaults().withLang(lang), Warnings.STDERR, new Progress(verbose || large()));
    }

    /** A folder of 200 files or more, or more than 20 MB of files named directly. */
    boolean large() {
        long bytes = 0;
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p)) {
                    try (var s = Files.list(p)) {
                        if (s.limit(200).count() >= 200) {
                            return true;
                        }
                    }
                } else {
                    bytes += Files.size(p);
                }
            } catch (Exception e) {
                // reported later by ingest
            }
        }
        return bytes > (20 << 20);
    }
}
