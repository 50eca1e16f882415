package org.revue.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a piece of code prints on standard output or standard error, for the CLI tests. */
final class Captured {
    private Captured() {
    }

    /** A piece of test code that may throw. */
    interface Code {
        void run() throws Exception;
    }

    static String out(Code code) throws Exception {
        return capture(code, false);
    }

    static String err(Code code) throws Exception {
        return capture(code, true);
    }

    private static String capture(Code code, boolean err) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = err ? System.err : System.out;
        PrintStream to = new PrintStream(buf, true, StandardCharsets.UTF_8);
        if (err) {
            System.setErr(to);
        } else {
            System.setOut(to);
        }
        try {
            code.run();
        } finally {
            if (err) {
                System.setErr(old);
            } else {
                System.setOut(old);
            }
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
