package org.revue.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code revue} command. */
@Command(name = "revue", mixinStandardHelpOptions = true, version = "revue 0.1.0",
        description = "Turns a pile of raw news into a cited press review.",
        subcommands = {DigestCommand.class, ClusterCommand.class, ExtractCommand.class, AnalyzeCommand.class,
                SummarizeCommand.class, EvalCommand.class, ServeCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
