package ru.nastavnik.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text a mentee or a roadmap document may contain, rendered as Markdown with links
 * detected (as Camunda Forms do): without escaping it becomes a picture, a link or markup; through
 * {@link Markdown#text} it is shown as typed.
 */
class MarkdownTest {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
  /**
   * What the GFM autolinker of Camunda Forms' renderer (marked) turns into links: it looks for
   * these in the Markdown source itself, so an escaped source must not contain them.
   */
  private static final Pattern GFM_AUTOLINK = Pattern.compile("(?i)https?://|ftp://|www\\.|[A-Za-z0-9._+-]+@[A-Za-z0-9-_]+\\.");

  private static String render(String markdown) {
    return HTML.render(PARSER.parse("**Затруднение:** " + markdown));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<img src=\"https://tracker.example/pixel.gif\">",
      "<a href=\"https://phish.example/login\">Войти в Госуслуги</a>",
      "![пиксель](https://tracker.example/p.gif)",
      "[Срочно подтвердите пароль](https://phish.example)",
      "https://phish.example/login",
      "www.phish.example",
      "curator@phish.example",
      "<script>alert(1)</script>",
      "<https://phish.example>",
      "Первая строка\n# Заголовок\n---\n| таблица | x |\n- список\n    код",
      "`код` **жирный** _курсив_ ~~зачёркнуто~~",
  })
  void hostileTextIsShownAsTypedAndNeverAsMarkup(String hostile) {
    String unsafe = render(hostile);
    String safe = render(Markdown.text(hostile));

    assertThat(GFM_AUTOLINK.matcher(hostile).find() || unsafe.matches("(?s).*(<img|<a |<script|<h1|<hr|<code|<strong>жирный|<li>|<em>|<pre).*"))
        .as("the payload is dangerous unescaped").isTrue();
    assertThat(Markdown.text(hostile)).doesNotContainPattern(GFM_AUTOLINK);
    assertThat(safe).doesNotContain("<img", "<a ", "<script", "<h1", "<hr", "<code", "<li>", "<em>", "<pre", "<table");
    assertThat(safe).startsWith("<p><strong>Затруднение:</strong> ").doesNotContain("<strong>жирный");
    String visible = safe.replaceAll("<br />\\n?", "\n").replaceAll("</?p>|<strong>Затруднение:</strong> ", "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").strip();
    assertThat(visible).isEqualTo(hostile.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Иванова Мария Петровна", "СОШ № 1", "План: 1) встреча; 2) урок — 15.09.2026"})
  void ordinaryTextReadsTheSameAfterEscaping(String ordinary) {
    String rendered = render(Markdown.text(ordinary));
    assertThat(rendered).contains(ordinary.replace("&", "&amp;"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"```", "тема ``` с обратными кавычками"})
  void textInsideACodeBlockCannotCloseIt(String hostile) {
    String rendered = HTML.render(PARSER.parse("```\n" + Markdown.code(hostile) + "\n<img src=x>\n```"));
    assertThat(rendered).startsWith("<pre><code>").doesNotContain("<img");
  }
}
