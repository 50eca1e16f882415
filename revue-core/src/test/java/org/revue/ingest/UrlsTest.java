package org.revue.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsTest {
    @Test
    void onePageWrittenSeveralWaysIsOneUrl() {
        String a = Urls.canonical("https://www.Example.org/monde/article-1/?utm_source=rss&id=4#comments");
        assertThat(a).isEqualTo(Urls.canonical("http://example.org:80/monde/article-1?id=4"))
                .isEqualTo("//example.org/monde/article-1?id=4");
    }

    @Test
    void differentPagesStayDifferent() {
        assertThat(Urls.canonical("https://example.org/a?id=4")).isNotEqualTo(Urls.canonical("https://example.org/a?id=5"));
        assertThat(Urls.canonical("https://example.org/a")).isNotEqualTo(Urls.canonical("https://example.com/a"));
        assertThat(Urls.canonical(" ")).isNull();
    }
}
