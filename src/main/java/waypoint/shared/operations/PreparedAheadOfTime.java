package waypoint.shared.operations;

import java.util.Arrays;
import java.util.List;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Refuses to start a build whose context was prepared ahead of time ({@code -Dspring.aot.enabled=true},
 * docs/operations.md, "Starting faster") with a profile whose beans that preparation left out: the reference data
 * set's generator and the benchmarks. They would otherwise be silently missing. Every other setting, including the
 * {@code prod} profile, is read at start as usual: the choices it makes (Waypoint's own database or a server, files on
 * disk or in object storage, single sign-on, the demo provider) are made by the beans when they start, not by
 * conditions on them.
 */
public final class PreparedAheadOfTime implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** The profiles that add beans of their own, for developers: run them without the prepared context. */
    public static final List<String> PROFILES_WITH_BEANS = List.of("scale-data", "jobs-benchmark", "evidence-benchmark",
            "ilr-benchmark", "sar-benchmark");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (AotDetector.useGeneratedArtifacts()) {
            check(event.getEnvironment());
        }
    }

    static void check(Environment environment) {
        List<String> refused = Arrays.stream(environment.getActiveProfiles()).filter(PROFILES_WITH_BEANS::contains)
                .toList();
        if (!refused.isEmpty()) {
            throw new IllegalStateException("The profile " + String.join(", ", refused) + " adds beans that the "
                    + "context prepared ahead of time leaves out: start without -Dspring.aot.enabled=true");
        }
    }
}
