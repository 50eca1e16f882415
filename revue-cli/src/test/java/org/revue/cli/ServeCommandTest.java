package org.revue.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code revue serve} started as a user starts it, on the command's own class path: it answers, then stops. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void serveStartsAndAnswers() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--data", tmp.resolve("store").toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Pattern serving = Pattern.compile("revue: serving .* on http://127\\.0\\.0\\.1:(\\d+) ");
            CompletableFuture<String> port = CompletableFuture.supplyAsync(() -> {
                StringBuilder seen = new StringBuilder();
                try {
                    for (String line; (line = out.readLine()) != null; ) {
                        Matcher m = serving.matcher(line);
                        if (m.find()) {
                            return m.group(1);
                        }
                        seen.append(line).append('\n');
                    }
                } catch (java.io.IOException e) {
                    // the process ended
                }
                throw new AssertionError("serve did not start:\n" + seen);
            });
            String pt = port.get(60, TimeUnit.SECONDS);
            HttpResponse<String> h = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pt + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(h.statusCode()).isEqualTo(200);
            assertThat(h.body()).contains("\"pending\":0");
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
