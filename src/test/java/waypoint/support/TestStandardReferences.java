package waypoint.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reference numbers for the standards tests add to the one shared database: one counter for every test class, so two
 * classes never make the same standard (each picking its own random number once made two meet). They start above
 * any standard the shipped file or the demo holds below ST5000 and stay well under the demo's example standards
 * (ST9901, ST9902, ST9990).
 */
public final class TestStandardReferences {

    private static final AtomicInteger NEXT = new AtomicInteger(5000 + ThreadLocalRandom.current().nextInt(1000));

    private TestStandardReferences() {
    }

    /** A standard reference no other test in this run has used, like ST5123. */
    public static String next() {
        return "ST" + NEXT.getAndIncrement();
    }
}
