package ru.nastavnik.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

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
}
