package waypoint;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import waypoint.shared.database.BackupCommand;
import waypoint.shared.database.EmbeddedPostgresStartedEarly;
import waypoint.shared.operations.PreparedAheadOfTime;
import waypoint.shared.time.GovUkDates;

/** Waypoint: apprenticeship management and e-portfolio, one deployable made of the modules below this package. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WaypointApplication {

    public static void main(String[] args) {
        // "backup <archive>" and "restore <archive>" work on the data directory without starting Waypoint
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args, System.getenv(), System.out, Clock.system(GovUkDates.LONDON)));
        }
        SpringApplication waypoint = new SpringApplication(WaypointApplication.class);
        // its own PostgreSQL is prepared while the rest starts (docs/performance.md, "Start-up and the heap at idle")
        waypoint.addListeners(new EmbeddedPostgresStartedEarly(), new PreparedAheadOfTime());
        waypoint.run(args);
    }
}
