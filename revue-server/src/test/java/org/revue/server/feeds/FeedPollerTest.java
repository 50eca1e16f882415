package org.revue.server.feeds;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revue.extract.Extract;
import org.revue.extract.Extracted;
import org.revue.model.RawDocument;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FeedPollerTest {
    @TempDir
    Path tmp;
    LoopbackFeeds site;
    RecordingSink sink = new RecordingSink();
    List<String> warnings = new ArrayList<>();
    FeedPoller.Settings settings = FeedPoller.Settings.defaults()
            .withTimeout(Duration.ofSeconds(1)).withHostGap(Duration.ZERO).withAllowPrivate(true);

    @BeforeEach
    void start() throws IOException {
        site = new LoopbackFeeds();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Feeds feeds(String... paths) throws IOException {
        Feeds f = new Feeds(tmp.resolve("feeds.json"));
        for (String p : paths) {
            f.add(site.url(p));
        }
        return f;
    }

    private FeedPoller poller(Feeds f) {
        return new FeedPoller(f, sink, settings, (origin, message) -> warnings.add(origin + ": " + message));
    }

    private RawDocument doc(String title) {
        return sink.docs().stream().filter(d -> title.equals(d.title())).findFirst().orElseThrow();
    }

    @Test
    void eachItemIngestedOnceAcrossThreePolls() throws IOException {
        site.conditional = false; // full bodies every time: only the remembered item keys keep repeats out
        Feeds f = feeds("/rss.xml", "/atom.xml");
        FeedPoller p = poller(f);
        for (int i = 0; i < 3; i++) {
            p.pollNow();
        }
        assertThat(site.hits("/rss.xml")).hasSize(3);
        assertThat(sink.docs()).hasSize(5);
        assertThat(sink.batches).isEqualTo(2); // one per feed, on the first poll only
        assertThat(sink.ids()).doesNotHaveDuplicates().allMatch(id -> id.matches("feed-[0-9a-f]{16}"));
        assertThat(sink.ids()).contains(FeedPoller.idOf("gazette-1"), FeedPoller.idOf("urn:courier:flood"));

        RawDocument bridge = doc("Bridge stays open");
        assertThat(bridge.html()).contains(LoopbackFeeds.LONG_TEXT.strip()).doesNotContain("Short teaser");
        assertThat(bridge.url()).isEqualTo(site.url("/story/bridge"));
        assertThat(bridge.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(bridge.source()).isEqualTo("Harbour Gazette");
        assertThat(bridge.lang()).isEqualTo("en");
        assertThat(doc("Second item").html()).contains(LoopbackFeeds.LONG_TEXT.strip());
        assertThat(doc("Flood defences finished").date()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(doc("School opens").date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(doc("School opens").html()).contains("<p>The council voted");

        FeedState rss = f.get(site.url("/rss.xml"));
        FeedState atom = f.get(site.url("/atom.xml"));
        assertThat(rss.items()).isEqualTo(3);
        assertThat(atom.items()).isEqualTo(2);
        assertThat(rss.title()).isEqualTo("Harbour Gazette");
        assertThat(atom.title()).isEqualTo("Valley Courier");
        assertThat(rss.lastError()).isNull();
        assertThat(atom.lastError()).isNull();
        assertThat(rss.lastPoll()).isNotNull();

        Extract extract = new Extract(); // the documents are usable by the extract stage
        for (RawDocument d : sink.docs()) {
            Extracted e = extract.extract(d);
            assertThat(e.title()).as(d.id()).isEqualTo(d.title());
            assertThat(e.paragraphs()).as(d.id()).isNotEmpty();
        }
    }

    @Test
    void secondPollSendsConditionalHeadersAndA304AddsNothing() throws IOException {
        Feeds f = feeds("/rss.xml");
        FeedPoller p = poller(f);
        p.pollNow();
        String etag = f.get(site.url("/rss.xml")).etag();
        p.pollNow();
        List<LoopbackFeeds.Hit> hits = site.hits("/rss.xml");
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).ifNoneMatch()).isNull();
        assertThat(hits.get(0).ifModifiedSince()).isNull();
        assertThat(etag).isNotNull();
        assertThat(hits.get(1).ifNoneMatch()).isEqualTo(etag);
        assertThat(hits.get(1).ifModifiedSince()).isEqualTo("Tue, 03 Mar 2026 10:00:00 GMT");
        assertThat(sink.docs()).hasSize(3);
        assertThat(sink.batches).isEqualTo(1);
        assertThat(f.get(site.url("/rss.xml")).lastError()).isNull();
    }

    @Test
    void changedItemComesAgainUnderItsId() throws IOException {
        Feeds f = feeds("/rss.xml");
        FeedPoller p = poller(f);
        p.pollNow();
        String id = doc("Second item").id();
        site.secondText = "Second item, corrected: the vote was postponed. " + LoopbackFeeds.LONG_TEXT;
        p.pollNow();
        p.pollNow();
        List<RawDocument> docs = sink.docs();
        assertThat(docs).hasSize(4);
        assertThat(docs.get(3).id()).isEqualTo(id);
        assertThat(docs.get(3).html()).contains("the vote was postponed");
        assertThat(f.get(site.url("/rss.xml")).items()).isEqualTo(4);
        assertThat(site.hits("/rss.xml").get(2).ifModifiedSince()).isEqualTo("Wed, 04 Mar 2026 10:00:00 GMT");
    }

    @Test
    void teaserItemTakesItsTextFromItsPage() throws IOException {
        site.conditional = false; // the teaser comes in every body, its page is fetched once
        Feeds f = feeds("/rss.xml");
        FeedPoller p = poller(f);
        for (int i = 0; i < 3; i++) {
            p.pollNow();
        }
        RawDocument strike = doc("Harbour strike");
        assertThat(strike.html()).contains(LoopbackFeeds.PAGE_TEXT.strip()).doesNotContain("Read more on the site");
        assertThat(strike.url()).isEqualTo(site.url("/story/strike"));
        assertThat(strike.date()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(site.hits("/story/strike")).hasSize(1);
        assertThat(site.hits("/story/bridge")).isEmpty(); // full content: no page fetched
        assertThat(site.hits("/story/second")).isEmpty(); // long description: no page fetched
        assertThat(f.get(site.url("/rss.xml")).lastError()).isNull();
    }

    @Test
    void teaserKeptWhenItsPageFails() throws IOException {
        site.pageUp = false;
        Feeds f = feeds("/rss.xml");
        poller(f).pollNow();
        assertThat(doc("Harbour strike").html()).contains("Dockers stop work");
        assertThat(f.get(site.url("/rss.xml")).lastError()).contains("page " + site.url("/story/strike")).contains("HTTP 404");
        assertThat(f.get(site.url("/rss.xml")).items()).isEqualTo(3);
    }

    @Test
    void robotsTxtFetchedOncePerHostAndObeyed() throws IOException {
        Feeds f = feeds("/private/feed.xml", "/rss.xml");
        FeedPoller p = poller(f);
        p.pollNow();
        p.pollNow();
        assertThat(f.get(site.url("/private/feed.xml")).lastError()).contains("disallowed by robots.txt");
        assertThat(site.hits("/private/feed.xml")).isEmpty();
        assertThat(site.hits("/robots.txt")).hasSize(1);
        assertThat(f.get(site.url("/rss.xml")).items()).isEqualTo(3);
    }

    @Test
    void problemsAreNamedAndGoodFeedsKeepWorking() throws IOException {
        settings = settings.withMaxBytes(64 << 10);
        Feeds f = feeds("/not-xml", "/html.xml", "/hang.xml", "/rss.xml", "/loop", "/big.xml", "/missing.xml", "/atom.xml");
        FeedPoller p = poller(f);
        for (int i = 0; i < 2; i++) {
            p.pollNow();
            assertThat(f.get(site.url("/not-xml")).lastError()).startsWith("not a feed: not XML");
            assertThat(f.get(site.url("/html.xml")).lastError()).startsWith("not a feed: ");
            assertThat(f.get(site.url("/hang.xml")).lastError()).contains("timed out after 1 s");
            assertThat(f.get(site.url("/loop")).lastError()).contains("too many redirects");
            assertThat(f.get(site.url("/big.xml")).lastError()).contains("feed too large");
            assertThat(f.get(site.url("/missing.xml")).lastError()).contains("HTTP 404");
            assertThat(f.get(site.url("/rss.xml")).lastError()).isNull();
            assertThat(f.get(site.url("/atom.xml")).lastError()).isNull();
            assertThat(f.get(site.url("/rss.xml")).items()).isEqualTo(3);
            assertThat(f.get(site.url("/atom.xml")).items()).isEqualTo(2);
        }
        assertThat(site.hits("/loop").size() + site.hits("/loop-b").size()).isEqualTo(2 * (1 + Fetcher.MAX_REDIRECTS));
        assertThat(sink.docs()).hasSize(5);
        assertThat(f.list()).allMatch(s -> s.lastPoll() != null);
    }

    @Test
    void redirectIsFollowed() throws IOException {
        Feeds f = feeds("/moved.xml");
        poller(f).pollNow();
        assertThat(f.get(site.url("/moved.xml")).lastError()).isNull();
        assertThat(f.get(site.url("/moved.xml")).items()).isEqualTo(2);
        assertThat(site.hits("/atom.xml")).hasSize(1);
    }

    @Test
    void privateAddressesRefusedUnlessAllowed() throws IOException {
        settings = settings.withAllowPrivate(false);
        Feeds f = feeds("/rss.xml");
        poller(f).pollNow();
        assertThat(f.get(site.url("/rss.xml")).lastError()).contains("private address refused");
        assertThat(site.allHits()).isEmpty();
        assertThat(sink.docs()).isEmpty();
        for (String a : List.of("10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "::1", "fd00::1", "fe80::1")) {
            assertThat(Fetcher.isPrivate(InetAddress.getByName(a))).as(a).isTrue();
        }
        assertThat(Fetcher.isPrivate(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(Fetcher.isPrivate(InetAddress.getByName("2a00:1450:4007::1"))).isFalse();
    }

    @Test
    void stateSurvivesARestart() throws IOException {
        Feeds f = feeds("/rss.xml", "/atom.xml");
        poller(f).pollNow();
        site.conditional = false; // the bodies come again: only the remembered keys keep the items out
        Feeds again = Feeds.load(tmp.resolve("feeds.json"));
        assertThat(again.list()).isEqualTo(f.list());
        poller(again).pollNow();
        assertThat(sink.docs()).hasSize(5);
        assertThat(again.get(site.url("/rss.xml")).items()).isEqualTo(3);
        assertThat(site.hits("/rss.xml")).hasSize(2);
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactly("feeds.json"); // no temp file left
        }
    }

    @Test
    void opmlAddsEveryNestedFeed() throws IOException {
        Feeds f = feeds();
        List<FeedState> added = f.addOpml(site.opml());
        assertThat(added).extracting(FeedState::url).containsExactly(site.url("/rss.xml"), site.url("/atom.xml"));
        assertThat(added).extracting(FeedState::title).containsExactly("Harbour Gazette", "Valley Courier");
        assertThat(Feeds.load(f.file()).list()).isEqualTo(f.list());
        f.addOpml(site.opml());
        assertThat(f.list()).hasSize(2);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.addOpml("<html><body/></html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an OPML");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.addOpml("<opml><body><outline"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.add("file:///etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(f.addText("# mine\n" + site.url("/one.xml") + "\n\n" + site.url("/two.xml") + "\n")).hasSize(2);
        assertThat(f.addText(site.opml())).hasSize(2);
        assertThat(Feeds.load(f.file()).list()).extracting(FeedState::url).containsExactly(
                site.url("/rss.xml"), site.url("/atom.xml"), site.url("/one.xml"), site.url("/two.xml"));
    }

    @Test
    void oneRequestPerHostPerGap() throws IOException {
        Duration gap = Duration.ofMillis(300);
        settings = settings.withHostGap(gap);
        Feeds f = feeds("/rss.xml", "/atom.xml");
        poller(f).pollNow();
        List<LoopbackFeeds.Hit> hits = site.allHits();
        assertThat(hits).extracting(LoopbackFeeds.Hit::path)
                .containsExactly("/robots.txt", "/rss.xml", "/story/strike", "/atom.xml");
        for (int i = 1; i < hits.size(); i++) {
            long apart = hits.get(i).nanos() - hits.get(i - 1).nanos();
            assertThat(apart).as("request %d", i).isGreaterThan(gap.toNanos() - Duration.ofMillis(50).toNanos());
        }
    }

    @Test
    void scheduleKeepsPolling() throws Exception {
        settings = settings.withInterval(Duration.ofMillis(100));
        Feeds f = feeds("/rss.xml");
        try (FeedPoller p = poller(f)) {
            p.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (site.hits("/rss.xml").size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(site.hits("/rss.xml").size()).isGreaterThanOrEqualTo(3);
        assertThat(sink.docs()).hasSize(3);
        assertThat(warnings).isEmpty();
    }
}
