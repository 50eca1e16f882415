package org.revue.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptsTest {
    @Test
    void scriptAndStyleBodiesAreEmptiedAndEverythingElseKept() {
        String html = "<html><head><STYLE>p{color:red}</STYLE><script src=x.js></script>"
                + "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head>"
                + "<body><script>var s = '<p>not text</p>';</script><p>Text <b>kept</b></p>"
                + "<noscript>No script</noscript><scripts>odd tag</scripts></body></html>";
        String out = Scripts.empty(html);
        assertThat(out).contains("<STYLE></STYLE>", "<script src=x.js></script>", "{\"headline\":\"H\"}",
                "<script></script><p>Text <b>kept</b></p>", "<noscript>No script</noscript>", "<scripts>odd tag</scripts>");
        assertThat(out).doesNotContain("color:red", "not text");
    }

    @Test
    void aQuotedGreaterThanInTheTagDoesNotEndIt() {
        String out = Scripts.empty("<script data-x=\"a>b\">var x = 1;</script><p>After</p>");
        assertThat(out).isEqualTo("<script data-x=\"a>b\"></script><p>After</p>");
    }

    @Test
    void anUnclosedScriptIsLeftToTheParser() {
        String html = "<p>Before</p><script>var x = 1;";
        assertThat(Scripts.empty(html)).isSameAs(html);
    }

    @Test
    void aPageKeepsItsTextWhenScriptBodiesAreEmptied() {
        String html = "<html><body><article><h1>Title</h1><p>First paragraph of the article, long enough to count "
                + "as running text for the extractor.</p><script>document.write('<p>injected</p>')</script>"
                + "<p>Second paragraph of the article, also long enough to count as running text.</p>"
                + "</article></body></html>";
        assertThat(new HtmlExtractor().extract(html, null).text()).doesNotContain("injected")
                .contains("First paragraph", "Second paragraph");
    }
}
