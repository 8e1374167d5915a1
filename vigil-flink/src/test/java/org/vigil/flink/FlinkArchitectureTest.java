package org.vigil.flink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Flink stays in this module, and nothing else depends on it (vigil-app finds it through a ServiceLoader). */
class FlinkArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.vigil");
  }

  @Test
  void onlyTheFlinkModuleImportsFlink() {
    noClasses().that().resideOutsideOfPackage("org.vigil.flink..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.flink..")
        .check(classes);
  }

  @Test
  void noOtherModuleDependsOnTheFlinkModule() {
    noClasses().that().resideOutsideOfPackage("org.vigil.flink..")
        .should().dependOnClassesThat().resideInAPackage("org.vigil.flink..")
        .check(classes);
  }

  @Test
  void theFlinkJobUsesNoCoreNlpOrDuckDbDirectly() {
    noClasses().that().resideInAPackage("org.vigil.flink..")
        .should().dependOnClassesThat().resideInAnyPackage("edu.stanford..", "org.duckdb..")
        .check(classes);
  }
}
