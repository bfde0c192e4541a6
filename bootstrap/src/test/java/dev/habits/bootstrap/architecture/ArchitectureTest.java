package dev.habits.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule holds on the product's code, and fails on a fixture that breaks it on purpose. */
class ArchitectureTest {
    private static JavaClasses product;
    private static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        // Test classes reach the class path as directories and as the application's test-jar.
        ImportOption productionOnly = location -> !location.contains("/test-classes/")
                && !location.matches(Pattern.compile(".*-tests\\.jar.*"));
        product = new ClassFileImporter().withImportOption(productionOnly).importPackages("dev.habits");
        fixtures = new ClassFileImporter().importPackages("dev.habits.archfixture");
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("the core imports no framework", ArchitectureRules::coreImportsNoFramework),
                rule("domain depends on the JDK only", ArchitectureRules::domainDependsOnTheJdkOnly),
                rule("application depends on the domain only", ArchitectureRules::applicationDependsOnTheDomainOnly),
                rule("adapters do not know each other", ArchitectureRules::adaptersDoNotKnowEachOther),
                rule("the core knows no adapter", ArchitectureRules::coreKnowsNoAdapter),
                rule("web libraries stay in the HTTP adapter", ArchitectureRules::webLibrariesStayInTheHttpAdapter),
                rule("database libraries stay in the persistence adapter",
                        ArchitectureRules::databaseLibrariesStayInThePersistenceAdapter),
                rule("ports are interfaces owned by the application",
                        ArchitectureRules::portsAreInterfacesOwnedByTheApplication),
                rule("packages have no cycles", ArchitectureRules::packagesHaveNoCycles),
                rule("domain objects are immutable", ArchitectureRules::domainObjectsAreImmutable));
    }

    private static Arguments rule(String name, Function<String, ArchRule> rule) {
        return Arguments.of(name, rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void holdsOnTheProductsCode(String name, Function<String, ArchRule> rule) {
        rule.apply("dev.habits").check(product);
    }

    @ParameterizedTest(name = "{0} fails on a fixture that breaks it")
    @MethodSource("rules")
    void failsOnAFixtureThatBreaksIt(String name, Function<String, ArchRule> rule) {
        assertThatThrownBy(() -> rule.apply("dev.habits.archfixture").check(fixtures))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theRulesSeeEveryModule() {
        // A rule over no classes passes vacuously: make sure each module's code was imported.
        assertThat(Stream.of("domain", "application", "http", "persistence", "bootstrap"))
                .allSatisfy(module -> assertThat(product.stream()
                        .filter(c -> c.getPackageName().startsWith("dev.habits." + module)).count())
                        .as(module).isGreaterThan(3));
    }
}
