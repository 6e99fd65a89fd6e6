package waypoint.catalogue.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an import did, or would do on a check (a dry run, nothing saved), to each standard in the file, in file order:
 * new versions, changed figures, retirements, and the figures an administrator recorded that the file gives
 * otherwise (docs/domain/standards-data.md).
 */
public record ImportReport(List<Entry> standards, boolean checkOnly) implements Serializable {

    public ImportReport {
        standards = List.copyOf(standards);
    }

    public ImportReport(List<Entry> standards) {
        this(standards, false);
    }

    /** Serializable: a page carries the report across its redirect in the session. */
    public record Entry(String referenceNumber, String version, String title, ImportOutcome outcome,
            List<FigureChange> changes, List<FigureDifference> differences) implements Serializable {

        public Entry {
            changes = List.copyOf(changes);
            differences = List.copyOf(differences);
        }

        public Entry(String referenceNumber, String version, String title, ImportOutcome outcome) {
            this(referenceNumber, version, title, outcome, List.of(), List.of());
        }

        /** “ST0116 v1.1 (new)”. */
        public String describe() {
            return referenceNumber + " v" + version + " (" + outcome.label() + ")";
        }

        /** Whether the import closed the version to new starts (retired or withdrawn, or a date for it). */
        public boolean retires() {
            return outcome != ImportOutcome.NEW && outcome != ImportOutcome.NEW_VERSION
                    && changes.stream().anyMatch(FigureChange::retires);
        }

        /** Whether a person should read this entry: it changed something or found a difference. */
        public boolean noteworthy() {
            return outcome != ImportOutcome.UNCHANGED || !differences.isEmpty();
        }
    }

    /** “Imported 2 standards: ST0116 v1.1 (new), ST0148 v1.0 (unchanged)”; a check says nothing was saved. */
    public String summary() {
        return (checkOnly ? "Checked " : "Imported ") + standards.size()
                + (standards.size() == 1 ? " standard" : " standards")
                + (checkOnly ? " (nothing saved): " : ": ")
                + standards.stream().map(Entry::describe).collect(Collectors.joining(", "));
    }

    /** A short summary for a file of many standards: counts by outcome. */
    public String counts() {
        long added = count(ImportOutcome.NEW) + count(ImportOutcome.NEW_VERSION);
        long updated = count(ImportOutcome.UPDATED);
        long retired = standards.stream().filter(Entry::retires).count();
        long differences = standards.stream().mapToLong(e -> e.differences().size()).sum();
        return (checkOnly ? "Checked " : "Imported ") + standards.size()
                + (standards.size() == 1 ? " standard version" : " standard versions") + ": " + added + " new, "
                + updated + " changed (" + retired + " closed to new starts), "
                + (standards.size() - added - updated) + " unchanged; " + differences
                + (differences == 1 ? " difference" : " differences") + " from figures an administrator recorded"
                + (checkOnly ? ". Nothing was saved." : "");
    }

    /** One line for each noteworthy standard: what changed, and each difference kept. */
    public List<String> details() {
        List<String> lines = new ArrayList<>();
        for (Entry entry : standards) {
            if (!entry.noteworthy()) {
                continue;
            }
            String what = entry.changes().stream().map(FigureChange::describe).collect(Collectors.joining("; "));
            lines.add(entry.referenceNumber() + " " + entry.title() + " v" + entry.version() + " ("
                    + entry.outcome().label() + (entry.retires() ? ", closed to new starts" : "") + ")"
                    + (what.isEmpty() ? "" : ": " + what));
            entry.differences().forEach(d -> lines.add(entry.referenceNumber() + " v" + entry.version() + ": "
                    + d.describe()));
        }
        return lines;
    }

    public boolean changedAnything() {
        return standards.stream().anyMatch(entry -> entry.outcome() != ImportOutcome.UNCHANGED);
    }

    private long count(ImportOutcome outcome) {
        return standards.stream().filter(e -> e.outcome() == outcome).count();
    }
}
