package waypoint.shared.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * With several nodes behind a load balancer, each runs its own scheduler: a job that is not locked runs once on every
 * node (a nightly calculation done twice at once, a reminder sent twice). Every scheduled job takes its ShedLock.
 */
class EveryScheduledJobIsLockedTest {

    private final JavaClasses waypoint = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("waypoint");

    @Test
    void every_scheduled_job_runs_on_one_node_at_a_time() {
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
                .because("a job runs once across nodes (docs/operations.md)")
                .check(waypoint);
    }
}
