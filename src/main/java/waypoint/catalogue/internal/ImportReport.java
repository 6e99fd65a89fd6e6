package waypoint.catalogue.internal;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** What an import did to each standard in the file, in file order. */
public record ImportReport(List<Entry> standards) implements Serializable {

    public ImportReport {
        standards = List.copyOf(standards);
    }

    /** Serializable: a page carries the report across its redirect in the session. */
    public record Entry(String referenceNumber, String version, String title, ImportOutcome outcome)
            implements Serializable {

        /** “ST0116 v1.1 (new)”. */
        public String describe() {
            return referenceNumber + " v" + version + " (" + outcome.label() + ")";
        }
    }

    /** “Imported 2 standards: ST0116 v1.1 (new), ST0148 v1.0 (unchanged)”. */
    public String summary() {
        return "Imported " + standards.size() + (standards.size() == 1 ? " standard: " : " standards: ")
                + standards.stream().map(Entry::describe).collect(Collectors.joining(", "));
    }

    public boolean changedAnything() {
        return standards.stream().anyMatch(entry -> entry.outcome() != ImportOutcome.UNCHANGED);
    }
}
