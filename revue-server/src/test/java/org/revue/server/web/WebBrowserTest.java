package org.revue.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.revue.server.ServerConfig;
import org.revue.server.feeds.LoopbackSite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in headless Chromium against a server started here: upload the samples through the form, see the
 * stories arrive, the live notice, a citation landing on its sentence, search, the language filter, a loopback
 * feed; axe-core on every page, the keyboard, and screenshots at 375 and 1280 px (docs/screenshots/).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserTest {
    @TempDir
    static Path tmp;
    LoopbackSite site;
    WebServer web;
    Browser b;

    @BeforeAll
    void start() throws Exception {
        Browser.assumeInstalled();
        site = new LoopbackSite();
        web = new WebServer(ServerConfig.defaults(tmp.resolve("data")).withFeeds(null, null, true, Duration.ofMinutes(30)));
        b = Browser.start();
    }

    @AfterAll
    void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (web != null) {
            web.close();
        }
        if (site != null) {
            site.close();
        }
    }

    private void open(String path) {
        b.driver.get(web.base + path);
    }

    /** Waits (bounded) for the condition, checking every 100 ms. */
    private <T> T until(Duration max, String what, Supplier<T> check) {
        return new WebDriverWait(b.driver, max, Duration.ofMillis(100)).withMessage(what).until(d -> {
            T v = check.get();
            return v instanceof Boolean bool && !bool ? null : v;
        });
    }

    private List<WebElement> cards() {
        return b.driver.findElements(By.cssSelector("#stories .card"));
    }

    private JsonNode apiStories(String query) {
        return WebServer.json(web.get("/api/stories?limit=200" + query));
    }

    @Test
    @Order(1)
    void uploadTheSamplesThroughTheFormAndSeeTheStories() throws Exception {
        open("/");
        assertThat(b.driver.findElement(By.cssSelector("#stories .empty")).getText()).contains("No story yet");
        open("/sources");
        List<Path> files = WebServer.sampleFiles();
        b.driver.findElement(By.id("files")).sendKeys(files.stream().map(p -> p.toAbsolutePath().normalize().toString())
                .collect(Collectors.joining("\n")));
        b.driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        until(Duration.ofSeconds(60), "every file uploaded",
                () -> b.driver.findElements(By.cssSelector("#upload-list li[data-done=true]")).size() == files.size());
        for (WebElement li : b.driver.findElements(By.cssSelector("#upload-list li"))) {
            assertThat(Integer.parseInt(li.getDomAttribute("data-accepted"))).as(li.getText()).isGreaterThan(0);
            assertThat(li.findElement(By.tagName("progress")).getDomProperty("value")).isEqualTo("100");
        }
        web.settled(Duration.ofSeconds(180));
        int expected = apiStories("").path("total").asInt();
        assertThat(expected).isGreaterThanOrEqualTo(2);
        open("/");
        until(Duration.ofSeconds(60), "the stories on the front page", () -> {
            if (cards().size() >= expected) {
                return true;
            }
            b.driver.navigate().refresh();
            return false;
        });
        assertThat(cards()).hasSize(expected);
    }

    @Test
    @Order(2)
    void aNewStoryShowsAQuietNoticeNotAJump() {
        open("/");
        until(Duration.ofSeconds(10), "the live stream connected",
                () -> web.get("/api/metrics").body().lines().anyMatch(l -> l.startsWith("revue_sse_clients") && !l.endsWith(" 0.0")));
        int before = cards().size();
        b.js("window.__noReload = 1");
        ObjectNode a = WebServer.JSON.createObjectNode().put("id", "ferry-1").put("title", "Northport ferry will run every hour")
                .put("source", "Harbour Gazette").put("date", "2025-10-20").put("lang", "en")
                .put("text", "The harbour council of Northport voted on Monday for a new ferry timetable. "
                        + "The ferry to the island will run every hour from next spring, the council said. "
                        + "Residents of the island had asked for more crossings for years.");
        assertThat(web.postJson("/api/articles", a.toString()).statusCode()).isEqualTo(202);
        WebElement live = b.driver.findElement(By.id("live"));
        until(Duration.ofSeconds(60), "the live notice", live::isDisplayed);
        assertThat(live.getText()).contains("1 new story");
        assertThat(cards()).as("the list did not move").hasSize(before);
        live.findElement(By.tagName("button")).click();
        until(Duration.ofSeconds(10), "the new story listed", () -> cards().size() == before + 1);
        assertThat(b.driver.findElement(By.id("stories")).getText()).contains("Northport ferry");
        assertThat(b.js("return window.__noReload")).as("no page reload").isEqualTo(1L);
        assertThat(live.isDisplayed()).isFalse();
    }

    @Test
    @Order(3)
    void aCitationLandsOnItsSentenceHighlighted() {
        open("/");
        WebElement first = b.driver.findElement(By.cssSelector("#stories .card h2 a"));
        String title = first.getText();
        first.click();
        until(Duration.ofSeconds(10), "the story page", () -> b.driver.getCurrentUrl().contains("/stories/"));
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        WebElement cite = b.driver.findElement(By.cssSelector("ul.sum a.cite"));
        String href = cite.getDomAttribute("href");
        String article = href.replaceAll("^/articles/([^?#]+).*", "$1");
        int n = Integer.parseInt(href.replaceAll(".*#s", ""));
        cite.click();
        until(Duration.ofSeconds(10), "the article page", () -> b.driver.getCurrentUrl().contains("/articles/"));
        WebElement s = b.driver.findElement(By.id("s" + n));
        assertThat(s.getTagName()).isEqualTo("mark");
        assertThat(b.js("return document.querySelector(':target') === arguments[0]", s)).isEqualTo(true);
        assertThat(b.js("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight", s)).isEqualTo(true);
        assertThat(s.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
        String sentence = WebServer.json(web.get("/api/articles/" + article)).path("sentences").get(n).asText();
        assertThat(s.getText()).isEqualTo(sentence.strip());
    }

    @Test
    @Order(4)
    void searchShowsHighlightedSnippets() {
        open("/");
        WebElement q = b.driver.findElement(By.id("q"));
        q.sendKeys("tempête", Keys.ENTER);
        until(Duration.ofSeconds(10), "search results", () -> !b.driver.findElements(By.cssSelector(".hit")).isEmpty());
        assertThat(b.driver.findElements(By.cssSelector(".hit .snippet mark"))).isNotEmpty();
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).contains("tempête");
    }

    @Test
    @Order(5)
    void theLanguageFilterNarrowsTheListWithoutReload() {
        open("/");
        int all = cards().size();
        int en = apiStories("&lang=en").path("total").asInt();
        assertThat(en).isBetween(1, all - 1);
        b.js("window.__noReload = 1");
        new Select(b.driver.findElement(By.id("f-lang"))).selectByValue("en");
        until(Duration.ofSeconds(10), "the English stories only", () -> cards().size() == en);
        assertThat(b.driver.getCurrentUrl()).contains("lang=en");
        assertThat(b.js("return window.__noReload")).isEqualTo(1L);
        for (WebElement c : cards()) {
            assertThat(c.findElement(By.cssSelector(".langs")).getText()).contains("en");
        }
    }

    @Test
    @Order(6)
    void aLoopbackFeedIsAddedAndItsItemsArrive() {
        int before = WebServer.json(web.get("/api/health")).path("articles").asInt();
        open("/sources");
        String rss = site.url("/rss.xml");
        b.driver.findElement(By.id("feed-url")).sendKeys(rss);
        b.driver.findElement(By.cssSelector("#feed-form button[type=submit]")).click();
        until(Duration.ofSeconds(10), "the feed added", () -> b.driver.findElement(By.id("feed-status")).getText().contains(rss));
        String row = "#feeds tr[data-url='" + rss + "'] td.items";
        until(Duration.ofSeconds(60), "the feed's items counted", () -> { // the rows are redrawn every 3 s: read them in one go
            Object n = b.js("const e = document.querySelector(arguments[0]); return e ? e.textContent : null", row);
            return n != null && Integer.parseInt(n.toString()) > 0;
        });
        web.settled(Duration.ofSeconds(120));
        assertThat(WebServer.json(web.get("/api/health")).path("articles").asInt()).isGreaterThan(before);
        open("/search?q=bridge");
        until(Duration.ofSeconds(10), "the feed's article found", () -> !b.driver.findElements(By.cssSelector(".hit")).isEmpty());
    }

    /** One of each page, once the store has stories. */
    private Map<String, String> pages() {
        JsonNode stories = apiStories("").path("stories");
        JsonNode s = stories.get(0);
        JsonNode src = s.path("summary").get(0).path("sources").get(0);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("front", "/");
        p.put("story", "/stories/" + s.path("id").asText());
        p.put("article", "/articles/" + src.path("article").asText() + "?hl=" + src.path("sentence").asInt() + "#s" + src.path("sentence").asInt());
        p.put("entity", "/entities/" + Html.seg(s.path("entities").get(0).path("name").asText()));
        p.put("search", "/search?q=temp%C3%AAte");
        p.put("sources", "/sources");
        p.put("review", "/review");
        p.put("review-since", "/review?since=2000-01-01");
        p.put("front-fr", "/?ui=fr");
        p.put("story-fr", "/stories/" + s.path("id").asText());
        p.put("back-to-en", "/?ui=en");
        return p;
    }

    @Test
    @Order(7)
    void followedEntitiesMarkTheirStoriesAndNewArticlesAreMarked() {
        JsonNode s = null;
        for (JsonNode x : apiStories("&sort=biggest").path("stories")) {
            if (s == null && !x.path("entities").isEmpty()) {
                s = x;
            }
        }
        assertThat(s).isNotNull();
        String id = s.path("id").asText();
        String entity = s.path("entities").get(0).path("name").asText();
        open("/entities/" + Html.seg(entity));
        WebElement follow = b.driver.findElement(By.cssSelector("button.follow"));
        assertThat(follow.isDisplayed()).isTrue();
        follow.click();
        assertThat(follow.getDomAttribute("aria-pressed")).isEqualTo("true");
        open("/");
        By marked = By.cssSelector(".card.watched[data-story='" + id + "']");
        until(Duration.ofSeconds(10), "the followed entity's story marked", () -> !b.driver.findElements(marked).isEmpty());
        until(Duration.ofSeconds(10), "the watchlist drawn (and saved)", () -> b.driver.findElement(By.cssSelector("#watch ul")).getText().contains(entity));
        // a later visit: one more story than last time is counted as new
        b.js("const k = 'entity:' + arguments[0].toLowerCase(); const seen = JSON.parse(localStorage.getItem('revue.watch.seen'));"
                + "seen[k] = ['s-gone']; localStorage.setItem('revue.watch.seen', JSON.stringify(seen));", entity);
        b.driver.navigate().refresh();
        until(Duration.ofSeconds(10), "the count of new stories", () -> b.driver.findElement(By.cssSelector("#watch ul .badge")).getDomProperty("textContent").equals("1 new"));

        // the story page remembers the articles seen: one forgotten comes back marked new
        open("/stories/" + id);
        String forgotten = s.path("articles").get(0).asText();
        b.js("const k = 'revue.seen.' + arguments[0]; localStorage.setItem(k, JSON.stringify(JSON.parse(localStorage.getItem(k)).filter(a => a !== arguments[1])))",
                id, forgotten);
        b.driver.navigate().refresh();
        WebElement notice = b.driver.findElement(By.id("new-since"));
        until(Duration.ofSeconds(10), "the new-since notice", notice::isDisplayed);
        assertThat(notice.getText()).contains("1 new article since your last visit");
        assertThat(b.driver.findElements(By.cssSelector("li.new[data-article='" + forgotten + "']"))).hasSize(1);
        b.driver.navigate().refresh();
        assertThat(b.driver.findElement(By.id("new-since")).isDisplayed()).as("seen now").isFalse();
    }

    @Test
    @Order(7)
    void writesCarryTheTokenKeptInTheBrowser() throws Exception {
        try (WebServer locked = new WebServer(ServerConfig.defaults(tmp.resolve("locked")).withToken("s3cret"))) {
            b.driver.get(locked.base + "/sources");
            assertThat(b.driver.findElement(By.cssSelector(".sources-page")).getDomAttribute("data-token-required")).isEqualTo("true");
            String file = WebServer.sampleFiles().get(1).toAbsolutePath().normalize().toString();
            b.driver.findElement(By.id("files")).sendKeys(file);
            b.driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            By last = By.cssSelector("#upload-list li:last-child[data-done=true]");
            until(Duration.ofSeconds(30), "the refused upload", () -> !b.driver.findElements(last).isEmpty());
            assertThat(b.driver.findElement(last).getText()).contains("failed");
            b.driver.findElement(By.id("token")).sendKeys("s3cret");
            b.driver.navigate().refresh();
            assertThat(b.driver.findElement(By.id("token")).getDomProperty("value")).as("kept in localStorage").isEqualTo("s3cret");
            b.driver.findElement(By.id("files")).sendKeys(file);
            b.driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            until(Duration.ofSeconds(30), "the accepted upload", () -> !b.driver.findElements(last).isEmpty());
            assertThat(b.driver.findElement(last).getDomAttribute("data-accepted")).isEqualTo("1");
            b.js("localStorage.removeItem('revue.token')");
        }
    }

    @Test
    @Order(8)
    void axeFindsNoSeriousViolationOnAnyPage() throws Exception {
        Path axe = Browser.axe();
        Assumptions.assumeTrue(axe != null, "no axe.min.js: cd /tmp && npm pack axe-core && tar -xzf axe-core-*.tgz "
                + "&& mkdir -p revue-server/target/axe && cp package/axe.min.js revue-server/target/axe/ (or -Drevue.axe=PATH)");
        Map<String, List<String>> bad = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : pages().entrySet()) {
            for (int width : new int[]{1280, 375}) {
                b.viewport(width, 900);
                open(p.getValue());
                List<String> v = b.axeViolations(axe);
                if (!v.isEmpty()) {
                    bad.put(p.getKey() + "@" + width, v);
                }
            }
        }
        b.viewport(1280, 900);
        assertThat(bad).as("serious or critical axe violations").isEmpty();
    }

    /** The elements focused by pressing Tab, from the top of the page (at most 150 presses). */
    private List<WebElement> tabOrder() {
        b.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        List<WebElement> seen = new ArrayList<>();
        WebElement body = b.driver.findElement(By.tagName("body"));
        new Actions(b.driver).moveToElement(body, 0, 0).perform();
        for (int i = 0; i < 150; i++) {
            new Actions(b.driver).sendKeys(Keys.TAB).perform();
            WebElement e = b.driver.switchTo().activeElement();
            if (!seen.isEmpty() && e.equals(seen.get(0))) {
                break;
            }
            seen.add(e);
        }
        return seen;
    }

    private static boolean has(List<WebElement> order, String css, Browser b) {
        return order.stream().anyMatch(e -> (Boolean) b.js("return arguments[0].matches(arguments[1])", e, css));
    }

    @Test
    @Order(9)
    void everyActionIsReachableWithTheKeyboard() {
        b.viewport(1280, 900);
        open("/");
        List<WebElement> order = tabOrder();
        assertThat(order.get(0).getDomAttribute("class")).isEqualTo("skip");
        for (String css : List.of("#q", ".top nav a", "a.lang", "#stories .card h2 a", "ul.ents a", "#f-since", "#f-until", "#f-lang",
                "#f-source", "#f-entity", "#filters button[type=submit]")) {
            assertThat(has(order, css, b)).as("Tab reaches " + css + " on the front page").isTrue();
        }
        int search = indexOf(order, "#q");
        int filters = indexOf(order, "#f-lang");
        int story = indexOf(order, "#stories .card h2 a");
        assertThat(search).isLessThan(story);
        assertThat(story).isLessThan(filters);

        b.driver.findElement(By.cssSelector("#stories .card h2 a")).click();
        until(Duration.ofSeconds(10), "the story page", () -> b.driver.getCurrentUrl().contains("/stories/"));
        order = tabOrder();
        for (String css : List.of("a.cite", ".exports a", "ul.srcs a")) {
            assertThat(has(order, css, b)).as("Tab reaches " + css + " on the story page").isTrue();
        }
        WebElement cite = order.get(indexOf(order, "a.cite"));
        String href = cite.getDomAttribute("href");
        cite.sendKeys(Keys.ENTER);
        until(Duration.ofSeconds(10), "the article from the keyboard", () -> b.driver.getCurrentUrl().contains("/articles/"));
        assertThat(b.js("return document.querySelector(':target') && document.querySelector(':target').id")).isEqualTo(href.replaceAll(".*#", ""));

        open("/sources");
        order = tabOrder();
        for (String css : List.of("#token", "#files", "#upload-form button", "#feed-url", "#feed-opml", "#feed-form button")) {
            assertThat(has(order, css, b)).as("Tab reaches " + css + " on /sources").isTrue();
        }
    }

    private int indexOf(List<WebElement> order, String css) {
        for (int i = 0; i < order.size(); i++) {
            if ((Boolean) b.js("return arguments[0].matches(arguments[1])", order.get(i), css)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @Order(10)
    void screenshotsAtPhoneAndDesktopWidthsWithoutSidewaysScrolling() throws Exception {
        Path dir = Path.of("..", "docs", "screenshots");
        JsonNode stories = apiStories("&sort=biggest").path("stories");
        String story = "/stories/" + stories.get(0).path("id").asText();
        for (String[] p : new String[][]{{"front", "/"}, {"story", story}}) {
            for (int width : new int[]{375, 1280}) {
                b.viewport(width, 800);
                open(p[1]);
                long scroll = ((Number) b.js("return document.scrollingElement.scrollWidth")).longValue();
                long inner = ((Number) b.js("return innerWidth")).longValue();
                assertThat(scroll).as(p[0] + " at " + width + " px: no horizontal scrolling").isLessThanOrEqualTo(inner);
                assertThat(inner).isEqualTo(width);
                b.screenshot(width, dir.resolve(p[0] + "-" + width + ".png"));
            }
        }
        b.viewport(1280, 900);
    }
}
