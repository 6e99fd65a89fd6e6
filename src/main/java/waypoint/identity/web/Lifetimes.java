package waypoint.identity.web;

import java.time.Duration;

/** How long a link works, in words: "7 days", "1 hour". */
final class Lifetimes {

    private Lifetimes() {
    }

    static String describe(Duration lifetime) {
        if (lifetime.toDays() >= 1 && lifetime.toHours() % 24 == 0) {
            return plural(lifetime.toDays(), "day");
        }
        if (lifetime.toHours() >= 1 && lifetime.toMinutes() % 60 == 0) {
            return plural(lifetime.toHours(), "hour");
        }
        return plural(lifetime.toMinutes(), "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
