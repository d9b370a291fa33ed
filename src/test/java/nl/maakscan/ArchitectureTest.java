package nl.maakscan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layers of the program (app -> ui -> service -> report/store -> content/advice -> model) and their limits. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.maakscan");

    @Test
    void modelAndAdviceKnowNoJavaFxSqlPdfOrFiles() {
        noClasses().that().resideInAnyPackage("nl.maakscan.model..", "nl.maakscan.advice..", "nl.maakscan.programme..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.apache.pdfbox..",
                        "com.fasterxml.jackson..", "java.nio.file..", "java.io..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void onlyTheUiAndTheCompositionRootKnowJavaFx() {
        noClasses().that().resideInAnyPackage("nl.maakscan.model..", "nl.maakscan.advice..",
                        "nl.maakscan.content..", "nl.maakscan.store..", "nl.maakscan.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("nl.maakscan.model..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.maakscan.advice..", "nl.maakscan.content..",
                        "nl.maakscan.store..", "nl.maakscan.report..", "nl.maakscan.ui..", "nl.maakscan.app..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("nl.maakscan.advice..", "nl.maakscan.content..", "nl.maakscan.programme..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.maakscan.store..", "nl.maakscan.report..",
                        "nl.maakscan.ui..", "nl.maakscan.app..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("nl.maakscan.store..", "nl.maakscan.report..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.maakscan.ui..", "nl.maakscan.app..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("nl.maakscan.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.maakscan.app..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("nl.maakscan.store..", "nl.maakscan.advice..", "nl.maakscan.model..",
                        "nl.maakscan.content..", "nl.maakscan.report..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.maakscan.service..")
                .check(CLASSES);
    }

    @Test
    void theServiceLayerKnowsNoScreenAndNoSql() {
        noClasses().that().resideInAnyPackage("nl.maakscan.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "nl.maakscan.ui..",
                        "nl.maakscan.app..", "nl.maakscan.report..")
                .check(CLASSES);
    }

    @Test
    void theReportKnowsOnlyModelAndAdvice() {
        noClasses().that().resideInAnyPackage("nl.maakscan.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.sql..",
                        "nl.maakscan.store..", "nl.maakscan.content..", "nl.maakscan.ui..", "nl.maakscan.app..")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("nl.maakscan.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
