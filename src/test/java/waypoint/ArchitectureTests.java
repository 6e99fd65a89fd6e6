package waypoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;

import waypoint.shared.operations.PreparedAheadOfTime;
import waypoint.shared.time.GovUkDates;

/** House rules the compiler cannot check. */
@AnalyzeClasses(packages = "waypoint", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTests.DoNotIncludeAheadOfTimeClasses.class})
class ArchitectureTests {

    /**
     * The code the build generates when it prepares the context ahead of time ({@code Foo__BeanDefinitions}), found in
     * target/classes after a package: it registers every bean, so it names pages and services alike, as Spring does.
     */
    static final class DoNotIncludeAheadOfTimeClasses implements ImportOption {

        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("__");
        }
    }

    /** Time comes from the injected Clock, so tests can move it and every "now" is in Europe/London. */
    @ArchTest
    static final ArchRule nothing_reads_the_system_time_except_through_the_clock = noClasses()
            .that().doNotHaveFullyQualifiedName("waypoint.shared.TimeConfiguration")
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC")
            .because("time comes from the injected Clock (ARCHITECTURE.md, Time)");

    /** Domain and application code does not know about pages or HTTP. */
    @ArchTest
    static final ArchRule domain_code_does_not_depend_on_web = noClasses()
            .that().resideOutsideOfPackages("..web..", "..shared..", "..internal..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "jakarta.servlet..",
                    "org.springframework.web.servlet..", "org.springframework.ui..")
            .because("the same services back pages and the API");

    /** The funding rules are pure functions of an apprenticeship's facts: no Spring, no I/O. */
    @ArchTest
    static final ArchRule funding_rules_are_pure = noClasses()
            .that().resideInAPackage("waypoint.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.beans..",
                    "org.springframework.context..", "org.springframework.stereotype..", "org.springframework.jdbc..",
                    "java.sql..", "java.net..", "java.nio.file..")
            .allowEmptyShould(true);

    /**
     * Of the shared kernel the funding rules use only amounts of money, a plain value type, with the words they read
     * in, and the GOV.UK date words, a pure formatter (docs/adr/0015, amended): not the rest of {@code shared.time},
     * nor its clock, web, database runtime or events.
     */
    @ArchTest
    static final ArchRule funding_rules_use_only_money_and_date_words_from_the_shared_kernel = noClasses()
            .that().resideInAPackage("waypoint.rules..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("waypoint.shared..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("waypoint.shared.money..")))
                    .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(GovUkDates.class))))
            .allowEmptyShould(true);

    /**
     * What a deployment sets (its database, file store, identity provider, the demo provider) is read by the beans when
     * they start, never decided by a condition on a bean: the jar's context is prepared ahead of time by the build,
     * which fixes every condition with the build's settings (docs/operations.md, "Starting faster").
     */
    @ArchTest
    static final ArchRule no_bean_is_chosen_by_a_setting = noClasses()
            .should().beAnnotatedWith(ConditionalOnProperty.class)
            .orShould().beAnnotatedWith(ConditionalOnBooleanProperty.class)
            .orShould().beAnnotatedWith(ConditionalOnExpression.class)
            .because("a condition on a setting is fixed when the build prepares the context ahead of time");

    @ArchTest
    static final ArchRule no_bean_method_is_chosen_by_a_setting = noMethods()
            .should().beAnnotatedWith(ConditionalOnProperty.class)
            .orShould().beAnnotatedWith(ConditionalOnBooleanProperty.class)
            .orShould().beAnnotatedWith(ConditionalOnExpression.class)
            .because("a condition on a setting is fixed when the build prepares the context ahead of time");

    /** Only the developers' tools have beans of a profile, and a node prepared ahead of time refuses those profiles. */
    @ArchTest
    static final ArchRule only_developer_tools_have_a_profile = classes()
            .that().areAnnotatedWith(Profile.class)
            .should().beAnnotatedWith(DescribedPredicate.describe("@Profile naming a developer tool's profile",
                    (JavaAnnotation<?> profile) -> profile.getRawType().isEquivalentTo(Profile.class)
                            && profile.get("value").map(value -> java.util.Arrays.stream((Object[]) value)
                                    .allMatch(PreparedAheadOfTime.PROFILES_WITH_BEANS::contains)).orElse(false)))
            .allowEmptyShould(true);
}
