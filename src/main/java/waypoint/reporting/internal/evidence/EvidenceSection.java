package waypoint.reporting.internal.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of an evidence pack's index: what Waypoint holds (each line naming the file in the ZIP that shows it,
 * if any), the files held back (a portfolio file that failed the virus scan), and what is missing, as warnings.
 */
public record EvidenceSection(String title, List<Line> lines, List<String> heldBack, List<String> missing) {

    /** A fact, and the path in the ZIP of the file that evidences it (null when no file is kept). */
    public record Line(String text, String file) {
    }

    static Builder titled(String title) {
        return new Builder(title);
    }

    static final class Builder {
        private final String title;
        private final List<Line> lines = new ArrayList<>();
        private final List<String> heldBack = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        Builder line(String text) {
            lines.add(new Line(text, null));
            return this;
        }

        Builder line(String text, String file) {
            lines.add(new Line(text, file));
            return this;
        }

        Builder heldBack(String what) {
            heldBack.add(what);
            return this;
        }

        Builder missing(String what) {
            missing.add(what);
            return this;
        }

        EvidenceSection build() {
            return new EvidenceSection(title, List.copyOf(lines), List.copyOf(heldBack), List.copyOf(missing));
        }
    }
}
