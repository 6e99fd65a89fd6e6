package waypoint.catalogue.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import waypoint.catalogue.DeliveryCadence;
import waypoint.catalogue.EpaMethod;
import waypoint.catalogue.GatewayItem;
import waypoint.catalogue.GradingRow;
import waypoint.catalogue.GradingScheme;
import waypoint.catalogue.KsbKind;
import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.StandardVersionId;
import waypoint.catalogue.internal.StandardContent.StoredKsb;
import waypoint.rules.ProgrammeType;
import waypoint.shared.money.Money;

/**
 * One version of a standard: the aggregate an import creates or completes, and administrators edit. Its content
 * comes from files; its assessment plan from the shipped plans and administrators. Each change says whether it changed
 * anything, so importing the same file twice changes nothing.
 */
public class StandardVersion {

    private final UUID id;
    private final String referenceNumber;
    private final VersionNumber version;
    private StandardContent content;
    private AssessmentPlan plan;
    private boolean latest;
    private boolean shippedPlanApplied;
    private final Instant importedAt;
    private Instant changedAt;
    private int lockVersion;
    /** The figures an administrator recorded: an import does not overwrite them (docs/domain/standards-data.md). */
    private final Set<Figure> administratorFigures = EnumSet.noneOf(Figure.class);
    /** What the last imports said of those figures where they differ, until an administrator accepts or keeps. */
    private final Map<Figure, FigureDifference> differences = new EnumMap<>(Figure.class);
    private ProgrammeType programmeType;

    StandardVersion(UUID id, String referenceNumber, VersionNumber version, StandardContent content,
            AssessmentPlan plan, boolean latest, boolean shippedPlanApplied, Instant importedAt, Instant changedAt,
            int lockVersion, ProgrammeType programmeType) {
        this.programmeType = programmeType == null ? ProgrammeType.APPRENTICESHIP_STANDARD : programmeType;
        this.id = id;
        this.referenceNumber = referenceNumber;
        this.version = version;
        this.content = content;
        this.plan = plan;
        this.latest = latest;
        this.shippedPlanApplied = shippedPlanApplied;
        this.importedAt = importedAt;
        this.changedAt = changedAt;
        this.lockVersion = lockVersion;
    }

    static StandardVersion imported(ImportedStandard file, Instant now) {
        return new StandardVersion(UUID.randomUUID(), file.referenceNumber(), file.version(),
                StandardContent.empty().completedBy(file), AssessmentPlan.empty(), false, false, now, now, 0,
                file.programmeType());
    }

    /** The figures an administrator recorded and the differences found against them, as the store loaded them. */
    void restoreFigures(Set<Figure> recordedByAdministrator, List<FigureDifference> found) {
        administratorFigures.clear();
        administratorFigures.addAll(recordedByAdministrator);
        differences.clear();
        found.forEach(d -> differences.put(d.figure(), d));
    }

    /**
     * What completing the version from a file did: whether anything changed, the figures it changed, and the figures
     * an administrator recorded that the file gives otherwise (kept, reported as differences).
     */
    record Completion(boolean changed, List<FigureChange> figureChanges, List<FigureDifference> differences) {
    }

    /**
     * Completes the content from a file of the same version. A figure an administrator recorded is kept: where the
     * file gives another value, the difference waits for an administrator to accept or keep; where the file now
     * gives the recorded value, a waiting difference is settled (docs/domain/standards-data.md, "Edits and imports").
     */
    Completion complete(ImportedStandard file, String importedBy, Instant now) {
        StandardContent completed = content.completedBy(file);
        StandardContent fromFile = StandardContent.empty().completedBy(file);
        Map<Figure, FigureDifference> found = new EnumMap<>(differences);
        for (Figure figure : administratorFigures) {
            String recorded = figure.of(content);
            String given = figure.of(fromFile);
            completed = figure.in(completed, recorded);
            if (given == null) {
                continue;
            }
            if (given.equals(recorded)) {
                found.remove(figure);
            } else if (!found.containsKey(figure) || !given.equals(found.get(figure).fileValue())) {
                found.put(figure, new FigureDifference(figure, recorded, given, importedBy, now, false));
            }
        }
        List<FigureChange> changes = FigureChange.between(content, completed);
        List<FigureDifference> reported = administratorFigures.stream()
                .filter(f -> found.containsKey(f) && !found.get(f).kept() && f.of(fromFile) != null)
                .map(found::get).toList();
        boolean differencesChanged = !found.equals(differences);
        ProgrammeType type = file.programmeType() == null ? programmeType : file.programmeType();
        if (completed.equals(content) && !differencesChanged && type == programmeType) {
            return new Completion(false, List.of(), reported);
        }
        content = completed;
        programmeType = type;
        differences.clear();
        differences.putAll(found);
        changedAt = now;
        return new Completion(true, changes, reported);
    }

    /** Marks the figures an administrator just changed as theirs: later imports report a difference, never overwrite. */
    private List<FigureChange> recordedByAdministrator(StandardContent before, Instant now) {
        List<FigureChange> changes = FigureChange.between(before, content);
        for (FigureChange change : changes) {
            administratorFigures.add(change.figure());
            differences.remove(change.figure());
        }
        if (!changes.isEmpty()) {
            changedAt = now;
        }
        return changes;
    }

    /**
     * An administrator accepts the value the last import's file gave for a figure they had recorded: the figure takes
     * it and follows the files again.
     */
    FigureChange acceptFileFigure(Figure figure, Instant now) {
        FigureDifference difference = differenceOf(figure);
        StandardContent before = content;
        content = figure.in(content, difference.fileValue());
        administratorFigures.remove(figure);
        differences.remove(figure);
        changedAt = now;
        return new FigureChange(figure, figure.of(before), figure.of(content));
    }

    /**
     * An administrator keeps the figure they recorded against the last import's file: the difference is settled, and
     * later files giving the same value do not raise it again.
     */
    void keepRecordedFigure(Figure figure, Instant now) {
        FigureDifference difference = differenceOf(figure);
        differences.put(figure, new FigureDifference(figure, difference.recorded(), difference.fileValue(),
                difference.foundBy(), difference.foundAt(), true));
        changedAt = now;
    }

    private FigureDifference differenceOf(Figure figure) {
        FigureDifference difference = differences.get(figure);
        if (difference == null || difference.kept()) {
            throw new CatalogueRuleException(Map.of(figure.field(), "No import has given another "
                    + figure.label().toLowerCase(java.util.Locale.UK) + " for " + label() + " since it was recorded"));
        }
        return difference;
    }

    /** The longest typical duration a version may have, in months, as the import accepts it. */
    public static final int MOST_TYPICAL_DURATION_MONTHS = 120;

    /**
     * An administrator records the published figures of the version that the files give (the funding band maximum,
     * the typical duration, the status and its dates); null leaves a figure not recorded: unknown, never zero. Answers
     * what changed; each changed figure is theirs from now on, kept against later imports.
     */
    List<FigureChange> recordPublishedFigures(java.math.BigDecimal maximum, Integer typicalDurationMonths,
            String status, java.time.LocalDate approvedForDelivery, java.time.LocalDate retiredOn, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (maximum != null && (maximum.signum() <= 0 || maximum.scale() > 2
                || maximum.compareTo(new java.math.BigDecimal("99999999.99")) > 0)) {
            problems.put("maxFunding", "The funding band maximum must be an amount in pounds of more than £0, like"
                    + " 9000, as the standard's published funding band gives it");
        }
        if (typicalDurationMonths != null
                && (typicalDurationMonths < 1 || typicalDurationMonths > MOST_TYPICAL_DURATION_MONTHS)) {
            problems.put("typicalDuration", "The typical duration must be from 1 to " + MOST_TYPICAL_DURATION_MONTHS
                    + " months");
        }
        if (status != null && (status.isBlank() || status.length() > 100)) {
            problems.put("status", "The status must be the published status, like Approved for delivery or Retired");
        }
        if (approvedForDelivery != null && retiredOn != null && !retiredOn.isAfter(approvedForDelivery)) {
            problems.put("retiredOn", "The first day with no new starts must be after the day the version was"
                    + " approved for delivery");
        }
        if (!problems.isEmpty()) {
            throw new CatalogueRuleException(problems);
        }
        StandardContent before = content;
        content = content.withMaxFunding(maximum).withTypicalDurationMonths(typicalDurationMonths)
                .withStatus(status == null ? null : status.strip()).withApprovedForDelivery(approvedForDelivery)
                .withRetiredOn(retiredOn);
        return recordedByAdministrator(before, now);
    }

    /** The figures an administrator recorded on this version. */
    public Set<Figure> administratorFigures() {
        return Set.copyOf(administratorFigures);
    }

    /** The differences imports found against the administrator's figures, waiting to be accepted or kept. */
    public List<FigureDifference> differences() {
        return differences.values().stream().filter(d -> !d.kept()).toList();
    }

    /** Every difference, those kept too, as the store saves them. */
    List<FigureDifference> allDifferences() {
        return List.copyOf(differences.values());
    }

    /** The shipped standards' assessment plan, applied once when the shipped standard is first loaded. */
    void applyShippedPlan(AssessmentPlan shipped, Instant now) {
        List<String> problems = shipped.grading().problems();
        if (shipped.grading().isTabulable() && !problems.isEmpty()) {
            throw new IllegalStateException(label() + ": the shipped grading table is not complete: " + problems);
        }
        plan = shipped;
        shippedPlanApplied = true;
        changedAt = now;
    }

    void changeEpaMethods(List<EpaMethod> methods, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < methods.size(); i++) {
            for (String code : methods.get(i).assessedKsbCodes()) {
                if (!content.hasKsbCode(code)) {
                    problems.putIfAbsent("methods[" + i + "].assessedKsbs",
                            code + " is not a KSB of " + label() + ": use codes like K1, S2 or B3 from its KSB list");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogueRuleException(problems);
        }
        plan = plan.withEpaMethods(methods);
        changedAt = now;
    }

    /** Refused, with the missing combinations, unless the table covers every combination of grades exactly once. */
    void changeGrading(List<String> overallGrades, List<GradingRow> rows, String note, boolean verified, Instant now) {
        GradingScheme proposed = plan.grading(rows, overallGrades);
        List<String> problems = proposed.problems();
        if (!problems.isEmpty()) {
            throw new GradingTableIncompleteException(problems);
        }
        plan = plan.withGrading(overallGrades, rows, note, verified);
        changedAt = now;
    }

    void changeGatewayItems(List<GatewayItem> items, Instant now) {
        plan = plan.withGatewayItems(items);
        changedAt = now;
    }

    void changeCadence(DeliveryCadence cadence, Instant now) {
        Map<String, String> problems = DeliveryCadence.problems(cadence.maxWeeksBetweenSessions().orElse(null),
                cadence.minSessionsPerMonth().orElse(null), cadence.maxSessionsPerMonth().orElse(null));
        if (!problems.isEmpty()) {
            throw new CatalogueRuleException(problems);
        }
        plan = plan.withCadence(cadence);
        changedAt = now;
    }

    /** The fewest and most hours a standard's published funding minimum can be (Skills England's figures run
     *  from a few hundred to about 1,500; the rules never count fewer than 187). */
    public static final int LEAST_MINIMUM_OTJ_HOURS = 1;
    public static final int MOST_MINIMUM_OTJ_HOURS = 10_000;

    /**
     * An administrator records the version's published minimum off-the-job hours (Skills England's “minimum hours for
     * compliance”), or clears it with null when it was recorded by mistake: then it is unknown again, never zero
     * (docs/domain/off-the-job-hours.md). False when it is the figure already recorded.
     */
    boolean recordMinimumOtjHours(Integer hours, Instant now) {
        if (hours != null && (hours < LEAST_MINIMUM_OTJ_HOURS || hours > MOST_MINIMUM_OTJ_HOURS)) {
            throw new CatalogueRuleException(Map.of("minimumHoursForCompliance", "The minimum hours must be from "
                    + LEAST_MINIMUM_OTJ_HOURS + " to " + String.format("%,d", MOST_MINIMUM_OTJ_HOURS)));
        }
        if (java.util.Objects.equals(hours, content.publishedMinimumOtjHours())) {
            return false;
        }
        StandardContent before = content;
        content = content.withPublishedMinimumOtjHours(hours);
        recordedByAdministrator(before, now);
        return true;
    }

    /**
     * An administrator records the version's programme type (docs/domain/programme-types.md): a foundation
     * apprenticeship must be a level 2 standard. False when it is the type already recorded.
     */
    boolean recordProgrammeType(ProgrammeType type, Instant now) {
        if (type == null) {
            throw new CatalogueRuleException(Map.of("programmeType", "Choose the programme type"));
        }
        if (type == ProgrammeType.FOUNDATION_APPRENTICESHIP && content.level() != 2) {
            throw new CatalogueRuleException(Map.of("programmeType", "A foundation apprenticeship is at level 2; "
                    + label() + " is at level " + content.level()));
        }
        if (type == programmeType) {
            return false;
        }
        programmeType = type;
        changedAt = now;
        return true;
    }

    public ProgrammeType programmeType() {
        return programmeType;
    }

    /** A LARS code is the standard's code in the department's Learning Aim Reference Service: 1 to 5 digits. */
    public static final int LEAST_LARS_CODE = 1;
    public static final int MOST_LARS_CODE = 99_999;

    /**
     * An administrator records the version's LARS code (docs/domain/ilr.md, "What the file says about an
     * apprenticeship"): the ILR's standard code, where no file gave it. Answers whether it changed.
     */
    boolean recordLarsCode(int code, Instant now) {
        if (code < LEAST_LARS_CODE || code > MOST_LARS_CODE) {
            throw new CatalogueRuleException(Map.of("larsCode", "The LARS code must be a whole number from "
                    + LEAST_LARS_CODE + " to " + String.format("%,d", MOST_LARS_CODE) + ", like 283"));
        }
        if (java.util.Objects.equals(code, content.larsCode())) {
            return false;
        }
        content = content.withLarsCode(code);
        changedAt = now;
        return true;
    }

    /**
     * An administrator records the version's funding band maximum as published (Skills England's “maxFunding”), or
     * clears it with null: then it is unknown again, never zero, and the price's funded part and the earnings are
     * not known (docs/domain/funding-rules.md, The price). False when it is the figure already recorded.
     */
    boolean recordFundingBandMaximum(java.math.BigDecimal maximum, Instant now) {
        if (maximum != null && (maximum.signum() <= 0 || maximum.scale() > 2
                || maximum.compareTo(new java.math.BigDecimal("99999999.99")) > 0)) {
            throw new CatalogueRuleException(Map.of("maxFunding", "The funding band maximum must be an amount in"
                    + " pounds of more than £0, like 9000, as the standard's published funding band gives it"));
        }
        if (maximum == null ? content.maxFunding() == null
                : content.maxFunding() != null && content.maxFunding().compareTo(maximum) == 0) {
            return false;
        }
        StandardContent before = content;
        content = content.withMaxFunding(maximum);
        recordedByAdministrator(before, now);
        return true;
    }

    /**
     * An administrator adds the text of a KSB no source gave text for. Imported text is the published wording,
     * so it is not theirs to change; text they added themselves they may correct.
     */
    void addKsbText(KsbKind kind, int position, String text, Instant now) {
        StoredKsb ksb = content.ksb(kind, position).orElseThrow(() -> new waypoint.shared.NotFoundException("KSB"));
        if (text == null || text.isBlank()) {
            throw new CatalogueRuleException(Map.of("text", "Enter the text of " + kind.code(position)
                    + " as the standard publishes it"));
        }
        if (ksb.text() != null && !ksb.textAddedByAdministrator()) {
            throw new CatalogueRuleException(Map.of("text", kind.code(position)
                    + " has the published text from an import, which cannot be changed here"));
        }
        content = content.withKsbText(kind, position, text);
        changedAt = now;
    }

    public StandardDetails details() {
        return new StandardDetails(new StandardVersionId(id), referenceNumber, version.toString(), content.title(),
                content.level(), Optional.ofNullable(content.larsCode()), Optional.ofNullable(content.typicalDurationMonths()),
                Optional.ofNullable(content.maxFunding()).map(Money::of), Optional.ofNullable(content.route()),
                Optional.ofNullable(content.status()), Optional.ofNullable(content.approvedForDelivery()),
                Optional.ofNullable(content.retiredOn()), Optional.ofNullable(content.publishedMinimumOtjHours()), latest,
                Optional.ofNullable(content.overview()), Optional.ofNullable(content.standardPageUrl()),
                content.duties().stream().map(StandardContent.StoredDuty::toDuty).toList(),
                content.ksbs().stream().map(StoredKsb::toKsb).toList(), plan.epaMethods(), plan.grading(),
                plan.gatewayItems(), plan.onProgrammeRequirements(), plan.deliveryCadence(), programmeType);
    }

    /** “ST0116 v1.1 Software developer”, for audit summaries and messages. */
    public String label() {
        return referenceNumber + " v" + version + (content.title().isEmpty() ? "" : " " + content.title());
    }

    /** A short account of the imported content for the audit trail. */
    String contentSummary() {
        long withText = content.ksbs().stream().filter(k -> k.text() != null).count();
        return label() + "; level " + content.level() + "; " + content.ksbs().size() + " KSBs (" + withText
                + " with text); " + content.duties().size() + " duties; minimum off-the-job hours: "
                + (content.publishedMinimumOtjHours() == null ? "not recorded" : content.publishedMinimumOtjHours())
                + "; LARS code: " + (content.larsCode() == null ? "not recorded" : content.larsCode())
                + java.util.Arrays.stream(Figure.values()).filter(f -> f != Figure.MINIMUM_OTJ_HOURS)
                        .map(f -> "; " + f.label().toLowerCase(java.util.Locale.UK) + ": " + f.words(f.of(content)))
                        .collect(java.util.stream.Collectors.joining())
                + "; programme type: " + programmeType.label()
                + (administratorFigures.isEmpty() ? "" : "; recorded by an administrator: "
                        + administratorFigures.stream().map(Figure::field).sorted()
                                .collect(java.util.stream.Collectors.joining(", ")));
    }

    /** A short account of the assessment plan for the audit trail. */
    String planSummary() {
        List<String> parts = new ArrayList<>();
        parts.add("EPA methods: " + plan.epaMethods().stream().map(EpaMethod::name).toList());
        parts.add("grading rows: " + plan.gradingRows().size());
        parts.add("gateway items: " + plan.gatewayItems().size());
        parts.add("cadence: " + plan.deliveryCadence().map(DeliveryCadence::describe).orElse("not set"));
        return String.join("; ", parts);
    }

    public UUID id() {
        return id;
    }

    public String referenceNumber() {
        return referenceNumber;
    }

    public VersionNumber version() {
        return version;
    }

    public StandardContent content() {
        return content;
    }

    public AssessmentPlan plan() {
        return plan;
    }

    public boolean latest() {
        return latest;
    }

    public boolean shippedPlanApplied() {
        return shippedPlanApplied;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public int lockVersion() {
        return lockVersion;
    }

    void lockVersionSaved(int saved) {
        this.lockVersion = saved;
    }
}
