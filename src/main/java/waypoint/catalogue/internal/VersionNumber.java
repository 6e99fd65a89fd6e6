package waypoint.catalogue.internal;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A standard's version as Skills England publishes it (“1.0”, “1.1”), compared as numbers: 1.10 follows 1.9. */
public record VersionNumber(int major, int minor) implements Comparable<VersionNumber> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");
    private static final Comparator<VersionNumber> ORDER =
            Comparator.comparingInt(VersionNumber::major).thenComparingInt(VersionNumber::minor);

    public static Optional<VersionNumber> parse(String text) {
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new VersionNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    @Override
    public int compareTo(VersionNumber other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
