package waypoint.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against the test run's embedded PostgreSQL. Every integration, web and
 * browser test uses exactly this configuration, so Spring starts one context for the whole run. Staff single sign-on
 * points at the test run's own OpenID Connect provider ({@link TestIdentityProvider}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestIdentityProvider.Initializer.class)
@ActiveProfiles("test")
public @interface WaypointTest {
}
