package org.revue.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium from the Debian packages (/usr/bin/chromium, /usr/bin/chromedriver given explicitly so that
 * Selenium Manager never looks for a driver on the network), and axe-core run inside the page.
 */
final class Browser implements AutoCloseable {
    static final File DRIVER = new File("/usr/bin/chromedriver");
    static final File CHROMIUM = new File("/usr/bin/chromium");

    final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the test (with why) when the packages are not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(DRIVER.canExecute(), "no /usr/bin/chromedriver: apt-get install -y chromium chromium-driver to run the browser tests");
        Assumptions.assumeTrue(CHROMIUM.canExecute(), "no /usr/bin/chromium: apt-get install -y chromium chromium-driver to run the browser tests");
    }

    static Browser start() throws IOException {
        assumeInstalled();
        Path profile = Files.createTempDirectory("revue-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--lang=en-US", "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        o.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(service, d, profile);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A viewport of exactly this size (CSS pixels). */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The whole page (up to 5000 px high) at this width, as a PNG. */
    void screenshot(int width, Path file) throws IOException {
        viewport(width, 800);
        long h = ((Number) js("return document.scrollingElement.scrollHeight")).longValue();
        viewport(width, (int) Math.min(5000, Math.max(800, h)));
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** axe.min.js: -Drevue.axe=PATH, else revue-server/target/axe/axe.min.js; null when absent. */
    static Path axe() {
        String p = System.getProperty("revue.axe");
        for (Path c : p != null ? List.of(Path.of(p)) : List.of(Path.of("target", "axe", "axe.min.js"), Path.of("revue-server", "target", "axe", "axe.min.js"))) {
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        return null;
    }

    /** The serious and critical axe violations of the current page (id, impact, help, first targets). */
    List<String> axeViolations(Path axe) throws IOException {
        js(Files.readString(axe, StandardCharsets.UTF_8));
        Object json = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations)), e => done('ERR ' + e));");
        String s = String.valueOf(json);
        if (s.startsWith("ERR ")) {
            throw new AssertionError("axe failed: " + s);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode v : WebServer.JSON.readTree(s)) {
            String impact = v.path("impact").asText();
            String line = impact + " " + v.path("id").asText() + ": " + v.path("help").asText() + " " + v.path("nodes").size() + " node(s), e.g. "
                    + v.path("nodes").path(0).path("target") + " " + v.path("nodes").path(0).path("failureSummary").asText().replace('\n', ' ');
            if (impact.equals("serious") || impact.equals("critical")) {
                out.add(line);
            } else {
                System.out.println("axe (" + driver.getCurrentUrl() + "): " + line);
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
