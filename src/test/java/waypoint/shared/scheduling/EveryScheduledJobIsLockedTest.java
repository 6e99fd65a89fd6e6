package waypoint.shared.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

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

    /**
     * A job that calls a transactional method of its own class skips that method's transaction (the call does not go
     * through Spring's proxy): the events it publishes are then never handed to their listeners (a payment reminder
     * never sent). The job calls another bean, or is transactional itself.
     */
    @Test
    void a_job_does_not_skip_the_transaction_of_its_own_methods() {
        methods().that().areAnnotatedWith(Scheduled.class).should(new ArchCondition<JavaMethod>(
                "call its own class's transactional methods only from a transaction") {
            @Override
            public void check(JavaMethod job, ConditionEvents events) {
                if (job.isAnnotatedWith(Transactional.class)) {
                    return;
                }
                job.getMethodCallsFromSelf().stream()
                        .filter(call -> call.getTargetOwner().equals(job.getOwner()))
                        .filter(call -> call.getTarget().resolveMember()
                                .map(m -> m.isAnnotatedWith(Transactional.class)).orElse(false))
                        .forEach(call -> events.add(SimpleConditionEvent.violated(job,
                                job.getFullName() + " calls " + call.getTarget().getName()
                                        + " of its own class, outside its transaction")));
            }
        }).check(waypoint);
    }
}
