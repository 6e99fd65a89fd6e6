package waypoint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Waypoint: apprenticeship management and e-portfolio, one deployable made of the modules below this package. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WaypointApplication {

    public static void main(String[] args) {
        SpringApplication.run(WaypointApplication.class, args);
    }
}
