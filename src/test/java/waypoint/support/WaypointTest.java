package waypoint.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against the test run's embedded PostgreSQL. Every integration, web and
 * browser test uses exactly this configuration, so Spring starts one context for the whole run. Staff single sign-on
 * points at the test run's own OpenID Connect provider ({@link TestIdentityProvider}). The application's clock is the
 * one {@link TestClock}: a test moves it rather than reading the real clock, and it is put back after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestIdentityProvider.Initializer.class)
@ActiveProfiles("test")
@Import(TestClock.InTheApplication.class)
@ExtendWith(TestClock.PutBack.class)
public @interface WaypointTest {
}
