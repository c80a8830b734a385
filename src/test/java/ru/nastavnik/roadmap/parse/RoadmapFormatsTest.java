package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same roadmap in every format gives the same preview: the seed roadmaps converted to .docx
 * (built from the text form), and from that .docx by LibreOffice to PDF, .doc and .odt (and to a
 * sheet with title rows and merged section rows as .xlsx, and by LibreOffice Calc to .xls), read
 * exactly as the text original: sections, items, numbers, titles, deadlines, responsibles,
 * indicators and warnings. Row numbers differ by nature (a text line, a table row, an Excel row),
 * so warnings are compared with the row numbers they mention left out.
 */
class RoadmapFormatsTest {

  static Stream<Arguments> conversions() {
    List<Arguments> cases = new ArrayList<>();
    for (Seeds seed : Seeds.values()) {
      String number = seed.file.substring(0, 3);
      for (String ext : List.of("docx", "pdf", "doc", "odt", "xlsx", "xls")) {
        cases.add(Arguments.of(seed, number + "." + ext));
      }
    }
    cases.add(Arguments.of(Seeds.KHANTY_MANSIYSK, "000-narrow.pdf"));
    cases.add(Arguments.of(Seeds.NIZHNEVARTOVSK, "001-narrow.pdf"));
    return cases.stream();
  }

  static byte[] fixture(String name) {
    try (InputStream in = RoadmapFormatsTest.class.getResourceAsStream("/roadmaps/formats/" + name)) {
      assertThat(in).as("test resource /roadmaps/formats/" + name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("conversions")
  void everyFormatReadsAsTheOriginal(Seeds seed, String file) {
    ParsedRoadmap original = seed.parse();
    // A misleading name changes nothing: the format comes from the content.
    ParsedRoadmap converted = new RoadmapParser().parse("дорожная-карта.txt", fixture(file), seed.from, seed.to);

    assertThat(converted.title()).isEqualTo(original.title());
    assertThat(converted.sections()).isEqualTo(original.sections());
    assertThat(converted.items()).hasSameSizeAs(original.items());
    for (int i = 0; i < original.items().size(); i++) {
      ParsedItem expected = original.items().get(i);
      ParsedItem actual = converted.items().get(i);
      String label = file + ", мероприятие " + expected.number();
      assertThat(actual.number()).as(label).isEqualTo(expected.number());
      assertThat(actual.section()).as(label).isEqualTo(expected.section());
      assertThat(actual.title()).as(label).isEqualTo(expected.title());
      assertThat(actual.deadline()).as(label).isEqualTo(expected.deadline());
      assertThat(actual.responsible()).as(label).isEqualTo(expected.responsible());
      assertThat(actual.expectedResult()).as(label).isEqualTo(expected.expectedResult());
      assertThat(actual.indicators()).as(label).isEqualTo(expected.indicators());
    }
    assertThat(messages(converted)).isEqualTo(messages(original));
    assertThat(converted.approvals()).isEqualTo(original.approvals());
    assertThat(converted.owner()).isEqualTo(original.owner());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("conversions")
  void theFormatIsToldFromTheContent(Seeds seed, String file) {
    String ext = file.substring(file.lastIndexOf('.') + 1);
    assertThat(DocumentFormat.detect(fixture(file))).isEqualTo(DocumentFormat.valueOf(ext.toUpperCase()));
  }

  private static List<String> messages(ParsedRoadmap roadmap) {
    return roadmap.warnings().stream()
        .map(w -> w.message().replaceAll("строк(е|ах) \\d+(–\\d+)?", "строк$1 N"))
        .toList();
  }
}
