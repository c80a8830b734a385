package ru.nastavnik.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every key of the Camunda 7.24 English locale of Tasklist, Welcome, Cockpit and Admin has a Russian value in our
 * {@code ru.json}, and the webapps are configured to speak Russian.
 */
class WebappLocalesTest {

  private static final String BASE = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Placeholders of the rules of {@code ru.nastavnik.security.PasswordRules} that Camunda does not have. */
  private static final Set<String> OUR_KEYS = Set.of("/labels/PASSWORD_POLICY_CHARACTER_CLASSES", "/labels/PASSWORD_POLICY_COMMON");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void russianLocaleHasEveryKeyOfTheEnglishOne(String app) throws IOException {
    JsonNode english = read(BASE + app + "/locales/en.json");
    JsonNode russian = read(BASE + app + "/locales/ru.json");

    Set<String> englishKeys = new TreeSet<>();
    Set<String> russianKeys = new TreeSet<>();
    List<String> empty = new ArrayList<>();
    collect("", english, englishKeys, null);
    collect("", russian, russianKeys, empty);

    assertThat(englishKeys).as("keys of en.json").hasSizeGreaterThan(100);
    assertThat(russianKeys).containsAll(englishKeys);
    Set<String> extra = new TreeSet<>(russianKeys);
    extra.removeAll(englishKeys);
    assertThat(extra).as("keys of ours only: the placeholders of our password rules").isSubsetOf(OUR_KEYS);
    List<String> emptyInEnglish = new ArrayList<>();
    collect("", english, new TreeSet<>(), emptyInEnglish);
    assertThat(empty).as("empty Russian values").isSubsetOf(emptyInEnglish);
    assertThat(russian.at("/labels").toString()).containsPattern("[а-яА-Я]{3,}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void webappIsConfiguredForRussian(String app) throws IOException {
    String config = new String(ours(BASE + app + "/scripts/config.js").readAllBytes(), StandardCharsets.UTF_8);
    assertThat(config).contains("availableLocales: ['ru']").contains("fallbackLocale: 'ru'");
  }

  private static void collect(String path, JsonNode node, Set<String> keys, List<String> emptyValues) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> collect(path + "/" + e.getKey(), e.getValue(), keys, emptyValues));
    } else if (node.isArray()) {
      keys.add(path + "[" + node.size() + "]");
      for (int i = 0; i < node.size(); i++) {
        collect(path + "/" + i, node.get(i), keys, emptyValues);
      }
    } else {
      keys.add(path);
      if (emptyValues != null && node.isTextual() && node.asText().isBlank()) {
        emptyValues.add(path);
      }
    }
  }

  /** Reads the file of that name; the Camunda webjar's en.json starts with a byte-order mark. */
  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = first(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private static InputStream first(String resource) throws IOException {
    URL url = WebappLocalesTest.class.getClassLoader().getResource(resource);
    assertThat(url).as(resource).isNotNull();
    return url.openStream();
  }

  /** Our override, not Camunda's file of the same name further down the classpath. */
  private static InputStream ours(String resource) throws IOException {
    Enumeration<URL> urls = WebappLocalesTest.class.getClassLoader().getResources(resource);
    while (urls.hasMoreElements()) {
      URL url = urls.nextElement();
      if (!url.toString().contains("camunda-webapp")) {
        return url.openStream();
      }
    }
    throw new AssertionError("Нет собственного " + resource);
  }
}
