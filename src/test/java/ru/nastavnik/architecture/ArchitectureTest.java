package ru.nastavnik.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.EngineClock;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.Variable;

/**
 * The shape of the code as rules: features free of cycles, the pure cores independent of the
 * rest, no engine in the business layer, requests come in through controllers only.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importTheApplication() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("ru.nastavnik");
  }

  private static DescribedPredicate<JavaClass> projectOutside(String core) {
    return resideInAPackage("ru.nastavnik..").and(not(resideInAPackage(core)))
        .as("classes of the project outside " + core);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("ru.nastavnik.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theMatchingCoreImportsNothingOfTheProject() {
    noClasses().that().resideInAPackage("ru.nastavnik.matching..")
        .should().dependOnClassesThat(projectOutside("ru.nastavnik.matching.."))
        .check(classes);
  }

  @Test
  void theRoadmapReaderImportsNothingOfTheProject() {
    noClasses().that().resideInAPackage("ru.nastavnik.roadmap.parse..")
        .should().dependOnClassesThat(projectOutside("ru.nastavnik.roadmap.parse.."))
        .check(classes);
  }

  @Test
  void servicesAndEntitiesDoNotUseTheProcessEngine() {
    noClasses().that().areAnnotatedWith(Service.class).or().areAnnotatedWith(Entity.class)
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .check(classes);
  }

  @Test
  void servicesDoNotCallControllers() {
    noClasses().that().areAnnotatedWith(Service.class)
        .should().dependOnClassesThat().areAnnotatedWith(RestController.class)
        .check(classes);
  }

  @Test
  void servicesAndEntitiesTakeTheTimeFromTheApplicationClock() {
    noClasses().that().areAnnotatedWith(Service.class).or().areAnnotatedWith(Entity.class)
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .check(classes);
  }

  @Test
  void onlyTheApplicationClockReadsTheEnginesInternalClock() {
    noClasses().that().doNotHaveFullyQualifiedName("ru.nastavnik.system.EngineClock")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.impl.util.ClockUtil")
        .check(classes);
  }
  @Test
  void onlyTheWebLayerReadsTheRequestsUser() {
    // Controllers declare a CurrentUser parameter and hand it to the services, which decide.
    noClasses().that().resideOutsideOfPackage("ru.nastavnik.system..")
        .should().callMethod(CurrentUser.class, "require")
        .orShould().callMethod(CurrentUser.class, "current")
        .check(classes);
  }

  @Test
  void servicesTakeTypedValuesNotFormValues() {
    noClasses().that().areAnnotatedWith(Service.class)
        .should().dependOnClassesThat().haveFullyQualifiedName(FormValues.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(Variable.class.getName())
        .check(classes);
  }

  @Test
  void servicesAndEntitiesGetTheMomentFromTheClockBean() {
    noClasses().that().areAnnotatedWith(Service.class).or().areAnnotatedWith(Entity.class)
        .should().callMethod(EngineClock.class, "now")
        .check(classes);
  }

  @Test
  void entitiesDependOnNoServiceControllerOrEngine() {
    noClasses().that().areAnnotatedWith(Entity.class)
        .should().dependOnClassesThat().areAnnotatedWith(Service.class)
        .orShould().dependOnClassesThat().areAnnotatedWith(RestController.class)
        .orShould().dependOnClassesThat().areAnnotatedWith(Controller.class)
        .orShould().dependOnClassesThat().areAnnotatedWith(Component.class)
        .check(classes);
  }

  @Test
  void onlyFormDatesBuildsDateFormats() {
    // One Russian date format in one place: texts and documents call FormDates (ru, ruDate,
    // parseRu, ...). The roadmap reader is excluded: it must not import the project (see
    // theRoadmapReaderImportsNothingOfTheProject) and keeps its own reading of the dates it parses.
    noClasses().that().doNotHaveFullyQualifiedName("ru.nastavnik.system.FormDates")
        .and().resideOutsideOfPackage("ru.nastavnik.roadmap.parse..")
        .should().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class)
        .orShould().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class, java.util.Locale.class)
        .check(classes);
  }

  @Test
  void noMainClassIsLongerThan400Lines() throws IOException {
    List<String> long_;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      long_ = files.filter(f -> f.toString().endsWith(".java")).map(f -> {
        try {
          return Map.entry(f.toString(), Files.readAllLines(f).size());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).filter(e -> e.getValue() > 400).map(e -> e.getKey() + ": " + e.getValue()).toList();
    }
    assertThat(long_).as("classes over 400 lines").isEmpty();
  }
}
