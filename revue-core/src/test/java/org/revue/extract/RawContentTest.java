package org.revue.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RawContentTest {
    @Test
    void emptiesScriptsStylesAndSvgButKeepsJsonLd() {
        String html = "<head><SCRIPT type=\"text/javascript\">var a = '<p>not text</p>';</SCRIPT>"
                + "<script type=\"application/ld+json\">{\"headline\":\"Kept\"}</script><style>p{color:red}</style></head>"
                + "<body><svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/><text>icon</text></svg><p>Article text.</p></body>";
        assertThat(RawContent.strip(html)).isEqualTo("<head><SCRIPT type=\"text/javascript\"></SCRIPT>"
                + "<script type=\"application/ld+json\">{\"headline\":\"Kept\"}</script><style></style></head>"
                + "<body><svg viewBox=\"0 0 1 1\"></svg><p>Article text.</p></body>");
    }

    @Test
    void commentsSelfClosingTagsAndLookAlikesAreLeftAlone() {
        String html = "<!-- <script> --><p>One</p><svg/><p>Two</p><scripted>Three</scripted>"
                + "<img alt=\"a > b\" src=x><p>Four</p><script>unfinished";
        assertThat(RawContent.strip(html)).isEqualTo(html);
        // an apostrophe in an unquoted value opens no quote: the tag ends at its own '>'
        assertThat(RawContent.strip("<svg aria-label=it's><path/></svg><p>It's the text.</p><svg><g/></svg>"))
                .isEqualTo("<svg aria-label=it's></svg><p>It's the text.</p><svg></svg>");
    }

    @Test
    void theExtractedArticleIsTheSameWithOrWithoutTheScripts() {
        String body = "<article><h1>Tram line extended</h1><p>The council voted on Tuesday evening to extend the tram line "
                + "to the northern districts, a project discussed for more than ten years.</p></article>";
        String noisy = "<html><head><style>.a{}</style><script>document.write('<div>ad</div>')</script></head><body>"
                + "<svg><text>logo</text></svg>" + body + "<script>track()</script></body></html>";
        HtmlExtractor x = new HtmlExtractor();
        assertThat(x.extract(noisy, null).text()).isEqualTo(x.extract("<html><body>" + body + "</body></html>", null).text())
                .contains("northern districts");
    }
}
