package org.revue.cli;

import org.revue.model.Digest;
import org.revue.model.Warnings;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;
import org.revue.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code revue digest PATH...}: the press review of a folder of news. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Clean, group and summarize the articles under PATH (.txt, .html, .jsonl).")
final class DigestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    enum Format { json, md, html }

    @Option(names = "--format", defaultValue = "md", description = "json, md or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Option(names = "--lang", defaultValue = "auto", description = "auto, or a language code for every article (fr, en, …)")
    String lang;

    @Option(names = {"-v", "--verbose"}, description = "report each stage on stderr")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Renderer renderer = Renderer.forFormat(format.name());
        Pipeline p = new Pipeline(Pipeline.Options.defaults().withLang(lang), Warnings.STDERR, new Progress(verbose || bigInput()));
        Digest d = p.run(paths);
        if (d.articles().isEmpty()) {
            System.err.println("revue: no article could be read from " + paths);
            return 1;
        }
        if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                renderer.render(d, w);
            }
        } else {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            renderer.render(d, w);
            w.flush(); // standard output stays open
        }
        return 0;
    }

    private boolean bigInput() {
        long bytes = 0;
        for (Path p : paths) {
            try {
                bytes += Files.isDirectory(p) ? 0 : Files.size(p);
                if (Files.isDirectory(p)) {
                    try (var s = Files.list(p)) {
                        if (s.limit(200).count() >= 200) {
                            return true;
                        }
                    }
                }
            } catch (Exception e) {
                // reported later by ingest
            }
        }
        return bytes > (20 << 20);
    }
}
