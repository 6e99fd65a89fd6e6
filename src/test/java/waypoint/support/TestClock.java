package waypoint.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The one clock of the tests: Waypoint's own time (Europe/London) that a test moves instead of reading the real
 * clock, sleeping, or rewriting timestamps in the database. It follows the real clock until a test moves it
 * ({@link #moveBy}, {@link #moveTo}) or stops it ({@link #stopAt}); in a {@link WaypointTest} it is the application's {@code Clock}, so the pages, the
 * jobs and the test agree on "now", and it is put back after each test. A unit test makes its own:
 * {@code new TestClock()}.
 */
public final class TestClock extends Clock {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock real;
    private volatile Duration offset = Duration.ZERO;
    private volatile Instant stoppedAt;

    public TestClock() {
        this(Clock.system(LONDON));
    }

    private TestClock(Clock real) {
        this.real = real;
    }

    /** A clock stopped at this moment, for a unit test that counts every second. */
    public static TestClock stoppedAt(Instant instant) {
        return new TestClock().stopAt(instant);
    }

    /** Time passes by this much at once: a week later, an hour earlier. */
    public TestClock moveBy(Duration duration) {
        Instant stopped = stoppedAt;
        if (stopped != null) {
            stoppedAt = stopped.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
        return this;
    }

    /** From now on the clock reads this moment, and time goes on from there (or stays, if stopped). */
    public TestClock moveTo(Instant instant) {
        if (stoppedAt != null) {
            stoppedAt = instant;
        } else {
            offset = Duration.between(real.instant(), instant);
        }
        return this;
    }

    /** Time stands still at this moment until the test moves it. */
    public TestClock stopAt(Instant instant) {
        stoppedAt = instant;
        return this;
    }

    /** From now on it is this day in London, at the same time of day as the clock reads now. */
    public TestClock moveTo(LocalDate day) {
        ZonedDateTime now = ZonedDateTime.now(this);
        return moveTo(day.atTime(now.toLocalTime()).atZone(LONDON).toInstant());
    }

    /** Back to the real time. */
    public void reset() {
        stoppedAt = null;
        offset = Duration.ZERO;
    }

    /** Today in London, as Waypoint sees it. */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped != null ? stopped : real.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    /** The same moving time, seen from another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock moving = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return moving.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moving.withZone(other);
            }
        };
    }

    /**
     * The application's clock, for test helpers that build data outside a test's fields (the modules' {@code *People}
     * builders); a test itself injects it ({@code @Autowired TestClock clock}).
     */
    public static TestClock ofTheApplication() {
        return APPLICATION;
    }

    private static final TestClock APPLICATION = new TestClock();

    /** Makes the clock the application's, for the one context of the test run ({@link WaypointTest}). */
    @TestConfiguration(proxyBeanMethods = false)
    static class InTheApplication {
        @Bean
        @Primary
        TestClock testClock() {
            return APPLICATION;
        }
    }

    /** Puts the application's clock back after each test, so moving time never leaks into the next test. */
    static class PutBack implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
        }
    }
}
