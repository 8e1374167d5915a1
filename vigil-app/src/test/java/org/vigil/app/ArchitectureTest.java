package org.vigil.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the directions of dependency that the architecture promises. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.vigil");
  }

  @Test
  void onlyTheCoreNlpPackageImportsCoreNlp() {
    noClasses().that().resideOutsideOfPackage("org.vigil.nlp.corenlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
        .check(classes);
  }

  @Test
  void modelDependsOnNoStage() {
    noClasses().that().resideInAPackage("org.vigil.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.vigil.nlp..", "org.vigil.actors..",
            "org.vigil.coding..", "org.vigil.places..", "org.vigil.store..", "org.vigil.ingest..",
            "org.vigil.app..")
        .check(classes);
  }

  @Test
  void onlyTheServerImportsJavalin() {
    noClasses().that().resideOutsideOfPackage("org.vigil.server..")
        .should().dependOnClassesThat().resideInAPackage("io.javalin..")
        .check(classes);
  }

  @Test
  void analyticsAndServerReadTheStoreAndKnowNoStage() {
    noClasses().that().resideInAnyPackage("org.vigil.analytics..", "org.vigil.server..")
        .should().dependOnClassesThat().resideInAnyPackage("org.vigil.nlp..", "org.vigil.actors..",
            "org.vigil.coding..", "org.vigil.places..", "org.vigil.ingest..")
        .check(classes);
  }

  @Test
  void stagesDoNotDependOnTheApp() {
    noClasses().that().resideOutsideOfPackage("org.vigil.app..")
        .should().dependOnClassesThat().resideInAPackage("org.vigil.app..")
        .check(classes);
  }
}
