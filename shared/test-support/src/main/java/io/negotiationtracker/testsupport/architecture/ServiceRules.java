package io.negotiationtracker.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rules that keep every service in one shape, checked by each service's own architecture test: its packages form
 * no cycle, its HTTP edge speaks neither SQL nor Kafka (it asks the service's own stores and readers), and a service
 * never reaches into another service's code (they meet only on the topics and over HTTP).
 */
public final class ServiceRules {
    /** The root package of every service: a service may depend on none but its own. */
    public static final List<String> SERVICES = List.of(
            "io.negotiationtracker.ingest", "io.negotiationtracker.projection", "io.negotiationtracker.notifier");

    private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";

    private ServiceRules() {}

    /** The main classes of one service (tests left out). */
    public static JavaClasses mainClassesOf(String root) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
    }

    /** Checks every rule against the service whose classes live under {@code root}. */
    public static void check(String root) {
        JavaClasses classes = mainClassesOf(root);
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(classes);
        noClasses()
                .that()
                .resideInAPackage(root + ".api..")
                .or()
                .areAnnotatedWith(CONTROLLER)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.apache.kafka..")
                .because("the HTTP edge asks the service's stores and readers; it does not speak SQL or Kafka itself")
                .allowEmptyShould(true)
                .check(classes);
        String[] others = Stream.concat(
                        SERVICES.stream().filter(s -> !s.equals(root)), Stream.of("io.negotiationtracker.testsupport"))
                .map(s -> s + "..")
                .toArray(String[]::new);
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .because("services meet only on the topics and over HTTP")
                .check(classes);
    }
}
