package io.negotiationtracker.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain core stays pure: no framework, no broker, no database, no clock or randomness of its own. */
class DomainPurityTest {
    @Test
    void theDomainImportsNoFrameworkBrokerOrDatabase() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.negotiationtracker.domain", "io.negotiationtracker.events");
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.micronaut..", "org.apache.kafka..", "java.sql..", "javax.sql..", "jakarta.inject..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("io.negotiationtracker.domain..")
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.util.UUID.class, "randomUUID")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .check(classes);
    }
}
