package waypoint.ilr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A collection year of the ILR, as the profile its files follow: its name ("2025-26"), the code a file carries in
 * {@code Header/CollectionDetails/Year} ("2526") and the XML namespace of its schema ("ESFA/ILR/2025-26"). A year is
 * available when its schema file is shipped (docs/domain/ilr.md).
 */
public record IlrYear(String name, String code, String namespace) implements Comparable<IlrYear> {

    private static final Pattern NAME = Pattern.compile("(20\\d\\d)-(\\d\\d)");

    /** The year of a name such as "2025-26". */
    public static IlrYear named(String name) {
        Matcher m = NAME.matcher(name == null ? "" : name);
        if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("A collection year is written like 2025-26");
        }
        return new IlrYear(name, m.group(1).substring(2) + m.group(2), "ESFA/ILR/" + name);
    }

    /** The collection year a learning date falls in: 1 August to 31 July. */
    public static IlrYear containing(java.time.LocalDate date) {
        int start = date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
        return named(start + "-" + String.format("%02d", (start + 1) % 100));
    }

    /** Where the year's reference files are, on the class path. */
    public String folder() {
        return "ilr/" + name + "/";
    }

    @Override
    public int compareTo(IlrYear other) {
        return name.compareTo(other.name);
    }
}
