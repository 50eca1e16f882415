package org.revue.cli;

import org.revue.model.Digest;
import org.revue.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code revue digest PATH...}: the press review of a folder of news. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Clean, group and summarize the articles under PATH (.txt, .html, .jsonl).")
final class DigestCommand implements Callable<Integer> {
    @Mixin
    Inputs in;

    enum Format { json, md, html }

    @Option(names = "--format", defaultValue = "md", description = "json, md or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Override
    public Integer call() throws Exception {
        Renderer renderer = Renderer.forFormat(format.name());
        Digest d = in.pipeline().run(in.paths);
        if (d.articles().isEmpty()) {
            System.err.println("revue: no article could be read from " + in.paths);
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
}
