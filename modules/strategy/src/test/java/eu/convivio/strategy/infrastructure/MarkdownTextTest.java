package eu.convivio.strategy.infrastructure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTextTest {

    @Test
    void markdownBecomesHtml() {
        assertThat(MarkdownText.html("Some **bold** text\n\n- one\n- two"))
                .contains("<strong>bold</strong>").contains("<ul>").contains("<li>one</li>");
    }

    @Test
    void rawHtmlIsShownNotRun() {
        String html = MarkdownText.html("Hello <script>alert('x')</script>\n\n<div onclick=\"steal()\">block</div>");
        assertThat(html).doesNotContain("<script").doesNotContain("<div").contains("&lt;script&gt;");
    }

    @Test
    void javascriptLinksLoseTheirAddress() {
        assertThat(MarkdownText.html("[click](javascript:alert(1))")).doesNotContain("javascript:").contains("href=\"\"");
        assertThat(MarkdownText.html("[click](JaVaScRiPt:alert(1))")).doesNotContainIgnoringCase("javascript:");
        assertThat(MarkdownText.html("[x](data:text/html;base64,PHNjcmlwdD4=)")).doesNotContain("data:");
        assertThat(MarkdownText.html("![img](javascript:alert(1))")).doesNotContain("javascript:");
    }

    @Test
    void webMailAndRelativeLinksStay() {
        assertThat(MarkdownText.html("[site](https://kosice.sk/integracia)")).contains("href=\"https://kosice.sk/integracia\"");
        assertThat(MarkdownText.html("[mail](mailto:info@example.org)")).contains("href=\"mailto:info@example.org\"");
        assertThat(MarkdownText.html("[page](/strategy/index.xhtml)")).contains("href=\"/strategy/index.xhtml\"");
    }

    @Test
    void headingsInTheTextDoNotBreakThePageOutline() {
        assertThat(MarkdownText.html("# Not a heading")).doesNotContain("<h1>").contains("<p>");
    }
}
