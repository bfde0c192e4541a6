package dev.habits.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The module rules of ARCHITECTURE.md as ArchUnit rules over a base package, so that each rule is
 * checked on the real code ("dev.habits") and shown to fail on deliberately bad fixtures.
 */
final class ArchitectureRules {
    /** Libraries of the adapters that the core must never see, annotations included. */
    static final String[] FRAMEWORKS = {"io.javalin..", "org.eclipse.jetty..", "com.fasterxml..", "com.auth0..",
        "org.jdbi..", "org.flywaydb..", "com.zaxxer..", "org.h2..", "org.postgresql..", "java.sql..", "javax.sql..",
        "org.slf4j..", "ch.qos.logback..", "io.micrometer..", "io.github.bucket4j..", "com.bucket4j..",
        "org.bouncycastle..", "jakarta.."};
    static final String[] WEB_LIBRARIES = {"io.javalin..", "org.eclipse.jetty..", "com.fasterxml..", "com.auth0..",
        "io.github.bucket4j..", "org.bouncycastle..", "io.micrometer..", "jakarta.servlet.."};
    static final String[] DATABASE_LIBRARIES = {"org.jdbi..", "org.flywaydb..", "com.zaxxer..", "org.h2..",
        "org.postgresql..", "java.sql..", "javax.sql.."};

    private ArchitectureRules() {
    }

    static ArchRule coreImportsNoFramework(String base) {
        return noClasses().that().resideInAnyPackage(base + ".domain..", base + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("domain and application are embedded in other applications as they are");
    }

    static ArchRule domainDependsOnTheJdkOnly(String base) {
        return classes().that().resideInAPackage(base + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(base + ".domain..", "java..");
    }

    static ArchRule applicationDependsOnTheDomainOnly(String base) {
        return classes().that().resideInAPackage(base + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(base + ".application..", base + ".domain..", "java..");
    }

    static ArchRule adaptersDoNotKnowEachOther(String base) {
        return CompositeArchRule.of(
                noClasses().that().resideInAPackage(base + ".http..")
                        .should().dependOnClassesThat().resideInAPackage(base + ".persistence.."))
                .and(noClasses().that().resideInAPackage(base + ".persistence..")
                        .should().dependOnClassesThat().resideInAPackage(base + ".http.."))
                .because("only bootstrap knows both adapters");
    }

    static ArchRule coreKnowsNoAdapter(String base) {
        return noClasses().that().resideInAnyPackage(base + ".domain..", base + ".application..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(base + ".http..", base + ".persistence..", base + ".bootstrap..");
    }

    static ArchRule webLibrariesStayInTheHttpAdapter(String base) {
        return noClasses().that().resideInAPackage(base + "..")
                .and().resideOutsideOfPackages(base + ".http..", base + ".bootstrap..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB_LIBRARIES);
    }

    static ArchRule databaseLibrariesStayInThePersistenceAdapter(String base) {
        return noClasses().that().resideInAPackage(base + "..")
                .and().resideOutsideOfPackages(base + ".persistence..", base + ".bootstrap..")
                .should().dependOnClassesThat().resideInAnyPackage(DATABASE_LIBRARIES);
    }

    static ArchRule portsAreInterfacesOwnedByTheApplication(String base) {
        return classes().that().resideInAPackage(base + ".application.port..")
                .and().areTopLevelClasses().and().areNotEnums()
                .should().beInterfaces()
                .because("adapters implement the ports; values that ports exchange live beside the use cases");
    }

    static ArchRule packagesHaveNoCycles(String base) {
        return slices().matching(base + ".(*).(*)..").should().beFreeOfCycles();
    }

    static ArchRule domainObjectsAreImmutable(String base) {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(base + ".domain..")
                .and().areNotStatic()
                .should().beFinal()
                .because("domain objects are values: a change returns a new one");
    }
}
