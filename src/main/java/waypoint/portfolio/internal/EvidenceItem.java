package waypoint.portfolio.internal;

import static waypoint.portfolio.internal.Texts.blank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/**
 * An item of portfolio evidence with its claims (docs/domain/portfolio.md). It changes only through the
 * intention-named methods below, whatever the route (page, API, import, demo): each asks the
 * {@link EvidenceStateTable} first and refuses with the rule when the step is not allowed now, changes the item, and
 * registers the audit and notification events that the {@link EvidenceRepository} saves with it and publishes. No
 * setter; the store writes what this holds, never a state column by name.
 */
public final class EvidenceItem {

    static final String RECORD = "PortfolioEvidence";

    /** Whose portfolio it is: who is told of a step, and the link they follow. */
    public record Owner(ApprenticeshipId apprenticeshipId, String learnerName, UUID learnerAccountId,
            UUID tutorAccountId) {

        public static Owner of(ApprenticeshipSummary a) {
            return new Owner(a.id(), a.learnerName(), a.learnerAccountId(), a.tutorAccountId());
        }
    }

    /** The details a person types: title, description, date and type. */
    public record Details(String title, String description, LocalDate date, EvidenceType type) {
    }

    /** A decision on one claim as recorded, on the version it judged: what quality assurance samples. */
    record Assessment(String ksbCode, ClaimDecision decision, String feedback, int number, UUID assessor, Instant at) {
    }

    private final UUID id;
    private final Owner owner;
    private final EvidenceForm form;
    private final UUID addedBy;
    private final Instant createdAt;
    private final int lockVersion;
    private final boolean isNew;
    private final Instant now;
    private Details details;
    private EvidenceState state;
    private int currentNumber;
    private boolean inShowcase;
    private Instant updatedAt;
    private List<Evidence.Claim> claims;
    /** The KSBs of the apprenticeship signed off so far: an accepted claim on one of them is locked. */
    private final Set<String> signedOffKsbs;

    // what the repository saves and publishes
    private int expectedLock;
    private boolean touched;
    private boolean claimsChanged;
    private boolean currentQuarantined;
    private final List<EvidenceVersion> newVersions = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    private EvidenceItem(Evidence e, Owner owner, Set<String> signedOffKsbs, Instant now, boolean isNew) {
        this.id = e.id();
        this.owner = owner;
        this.form = e.form();
        this.addedBy = e.addedBy();
        this.createdAt = e.createdAt();
        this.lockVersion = e.lockVersion();
        this.expectedLock = e.lockVersion();
        this.isNew = isNew;
        this.now = now;
        this.details = new Details(e.title(), e.description(), e.date(), e.type());
        this.state = e.state();
        this.currentNumber = e.currentNumber();
        this.inShowcase = e.inShowcase();
        this.updatedAt = e.updatedAt();
        this.signedOffKsbs = new HashSet<>(signedOffKsbs);
        this.claims = e.claims().stream().map(this::withLock).toList();
    }

    /** The item as stored, for a step taken now, with the KSBs of the apprenticeship already signed off. */
    static EvidenceItem of(Evidence e, Owner owner, Set<String> signedOffKsbs, Instant now) {
        if (!e.apprenticeshipId().equals(owner.apprenticeshipId())) {
            throw new IllegalArgumentException("The evidence is not of this apprenticeship");
        }
        return new EvidenceItem(e, owner, signedOffKsbs, now, false);
    }

    /**
     * New evidence, submitted for assessment with its first version; a file the virus scan caught is quarantined at
     * once (the table's quarantine step), so it is never assessed or offered for download. The tutor is told it waits
     * for them (unless they added it themselves).
     */
    static EvidenceItem submit(Owner owner, Details details, EvidenceForm form, Collection<String> ksbs,
            EvidenceVersion first, UUID by, Set<String> signedOffKsbs, Instant now) {
        if (first.number() != 1) {
            throw new IllegalArgumentException("New evidence starts at version 1");
        }
        EvidenceState state = first.scan() == Scan.QUARANTINED
                ? EvidenceStateTable.require(EvidenceState.SUBMITTED, EvidenceAction.QUARANTINE)
                : EvidenceState.SUBMITTED;
        Evidence e = new Evidence(first.evidenceId(), owner.apprenticeshipId(), details.title(),
                details.description(), details.date(), details.type(), form, state, 1, false, by, now, now, 0,
                ksbs.stream().map(c -> new Evidence.Claim(c, ClaimDecision.PENDING, null, false)).toList());
        EvidenceItem item = new EvidenceItem(e, owner, signedOffKsbs, now, true);
        item.newVersions.add(first);
        item.claimsChanged = true;
        item.events.add(RecordChanged.created(RECORD, item.id, details.title() + " (" + state + ")"));
        if (state == EvidenceState.SUBMITTED) {
            item.tellTutorOfSubmission(by);
        }
        return item;
    }

    // ------------------------------------------------------------------ the rules

    /** Refuses, naming the rule, a step the table does not allow from where the item is now. */
    public void check(EvidenceAction action) {
        EvidenceStateTable.require(state, action);
    }

    private EvidenceState move(EvidenceAction action) {
        EvidenceState to = EvidenceStateTable.require(state, action);
        state = to;
        touch();
        return to;
    }

    private void touch() {
        touched = true;
        updatedAt = now;
    }

    private Evidence.Claim withLock(Evidence.Claim c) {
        return new Evidence.Claim(c.ksbCode(), c.decision(), c.feedback(),
                c.decision() == ClaimDecision.ACCEPTED && signedOffKsbs.contains(c.ksbCode()));
    }

    // ------------------------------------------------------------------ the learner's steps

    /**
     * Changes the details and the KSBs claimed (a KSB still claimed keeps its decision; a new one waits for
     * assessment); the evidence itself changes by resubmitting. A signed-off KSB stays claimed: its claim is locked.
     * {@code lockVersion} is the one the person's form was drawn with: if someone changed the item since, saving
     * refuses.
     */
    public void change(Details changed, Collection<String> ksbs, int lockVersion) {
        check(EvidenceAction.EDIT);
        List<String> dropped = signedOffCodes().stream().filter(c -> !ksbs.contains(c)).toList();
        if (!dropped.isEmpty()) {
            throw new FieldValidationException("ksbs", "Keep claiming " + String.join(", ", dropped)
                    + ": signed off, so this evidence for it is locked");
        }
        Map<String, Evidence.Claim> held = new LinkedHashMap<>();
        claims.forEach(c -> held.put(c.ksbCode(), c));
        claims = ksbs.stream().map(c -> held.getOrDefault(c, new Evidence.Claim(c, ClaimDecision.PENDING, null,
                false))).toList();
        String before = details.title();
        details = changed;
        move(EvidenceAction.EDIT);
        expectedLock = lockVersion;
        claimsChanged = true;
        events.add(RecordChanged.updated(RECORD, id, before, changed.title()));
    }

    /** The number the next version takes. */
    public int nextNumber() {
        return currentNumber + 1;
    }

    /**
     * A new version of referred-back or quarantined evidence, sent for assessment again; every earlier version is
     * kept, the claims referred back wait for assessment again and accepted ones stand. A file the virus scan caught
     * is quarantined again. The tutor is told it waits for them.
     */
    public EvidenceState resubmit(EvidenceVersion next, UUID by) {
        EvidenceState from = state;
        EvidenceState to = EvidenceStateTable.require(from, EvidenceAction.RESUBMIT);
        if (next.number() != nextNumber() || !next.evidenceId().equals(id)) {
            throw new IllegalArgumentException("Version " + next.number() + " does not follow version "
                    + currentNumber);
        }
        if (next.scan() == Scan.QUARANTINED) {
            to = EvidenceStateTable.require(to, EvidenceAction.QUARANTINE);
        }
        claims = claims.stream().map(c -> c.decision() == ClaimDecision.REFERRED_BACK
                ? new Evidence.Claim(c.ksbCode(), ClaimDecision.PENDING, c.feedback(), c.signedOff()) : c).toList();
        claimsChanged = true;
        newVersions.add(next);
        int before = currentNumber;
        currentNumber = next.number();
        state = to;
        touch();
        events.add(RecordChanged.updated(RECORD, id, "version " + before, "version " + currentNumber));
        if (to == EvidenceState.SUBMITTED) {
            tellTutorOfSubmission(by);
        }
        return to;
    }

    /**
     * A failed or positive virus scan of the current version that came after the upload: the version and the item
     * are quarantined, so its file is never offered for download. A system step: no person is told.
     */
    public void quarantineCurrentVersion() {
        EvidenceState from = state;
        EvidenceState to = move(EvidenceAction.QUARANTINE);
        currentQuarantined = true;
        events.add(RecordChanged.updated(RECORD, id, from.name(), to.name() + ": the file failed the virus scan"));
    }

    /** Accepted or signed-off evidence goes into the showcase for end-point assessment. */
    public void chooseForShowcase() {
        check(EvidenceAction.SHOWCASE);
        events.add(RecordChanged.updated(RECORD, id, "showcase " + inShowcase, "showcase true"));
        inShowcase = true;
    }

    /** Any evidence may be taken out of the showcase. */
    public void takeOutOfShowcase() {
        events.add(RecordChanged.updated(RECORD, id, "showcase " + inShowcase, "showcase false"));
        inShowcase = false;
    }

    // ------------------------------------------------------------------ the tutor's steps

    /** What to say of a claim left without a decision. */
    public static String undecided(String ksbCode) {
        return "Choose whether " + ksbCode + " is accepted or referred back";
    }

    /**
     * Records a decision on every claim not yet accepted (a decision on an accepted claim that is not signed off may
     * change it); referring back any claim refers the item back, otherwise it is accepted. A signed-off KSB's claim
     * is locked. Each decision comes checked by its form (accepted, or referred back with feedback); the claims left
     * undecided are reported together, each on its own field. Accepted evidence every KSB of which is already signed
     * off is locked whole at once. The apprentice is told the outcome, with the feedback on each claim.
     */
    public EvidenceState assess(List<EvidenceDecision> decisions, UUID assessor) {
        Map<String, EvidenceDecision> byCode = new LinkedHashMap<>();
        List<String> codes = ksbCodes();
        List<String> locked = signedOffCodes();
        boolean unclaimed = false;
        for (EvidenceDecision d : decisions == null ? List.<EvidenceDecision>of() : decisions) {
            if (d == null || d.ksbCode() == null || !codes.contains(d.ksbCode())) {
                unclaimed = true;
            } else if (locked.contains(d.ksbCode())) {
                throw new EvidenceRefusedException(d.ksbCode() + " is signed off: its evidence is locked");
            } else if (d.decision() != null && d.decision() != ClaimDecision.PENDING) {
                if (d.decision() == ClaimDecision.REFERRED_BACK && blank(d.feedback())) {
                    throw new IllegalArgumentException("A claim referred back needs its feedback: " + d.ksbCode());
                }
                byCode.put(d.ksbCode(), d);
            }
        }
        boolean referred = byCode.values().stream().anyMatch(d -> d.decision() == ClaimDecision.REFERRED_BACK);
        EvidenceAction action = referred ? EvidenceAction.REFER_BACK : EvidenceAction.ACCEPT;
        check(action);
        if (unclaimed) {
            throw new FieldValidationException("decisions", "Decide only on the KSBs this evidence claims");
        }
        Map<String, String> undecided = claims.stream()
                .filter(c -> c.decision() != ClaimDecision.ACCEPTED && !byCode.containsKey(c.ksbCode()))
                .collect(Collectors.toMap(c -> "decision-" + c.ksbCode(), c -> undecided(c.ksbCode()),
                        (first, same) -> first, LinkedHashMap::new));
        if (!undecided.isEmpty()) {
            throw new FieldValidationException(undecided);
        }
        claims = claims.stream().map(c -> {
            EvidenceDecision d = byCode.get(c.ksbCode());
            if (d == null) {
                return c;
            }
            String feedback = blank(d.feedback()) ? null : d.feedback().strip();
            assessments.add(new Assessment(c.ksbCode(), d.decision(), feedback, currentNumber, assessor, now));
            return withLock(new Evidence.Claim(c.ksbCode(), d.decision(), feedback, false));
        }).toList();
        claimsChanged = true;
        EvidenceState from = state;
        EvidenceState outcome = move(action);
        events.add(RecordChanged.updated(RECORD, id, from.name(), outcome.name()));
        lockWholeIfEveryKsbIsSignedOff();
        tellLearnerOfAssessment(assessor, outcome, byCode.values());
        return outcome;
    }

    /**
     * The tutor signs off a KSB this item shows: its claim on that KSB locks (the accepted decision stands and the
     * item keeps claiming it), the item's other claims stay open. The item is locked whole (signed off, by the table)
     * only once every KSB it claims is signed off.
     */
    public void signOff(String ksbCode) {
        check(EvidenceAction.SIGN_OFF);
        if (signedOffKsbs.contains(ksbCode)) {
            throw new EvidenceRefusedException(ksbCode + " is already signed off");
        }
        Evidence.Claim claim = claims.stream().filter(c -> c.ksbCode().equals(ksbCode)).findFirst().orElse(null);
        if (claim == null || claim.decision() != ClaimDecision.ACCEPTED) {
            throw new EvidenceRefusedException("You cannot sign off " + ksbCode
                    + " before evidence for it has been accepted");
        }
        signedOffKsbs.add(ksbCode);
        claims = claims.stream().map(this::withLock).toList();
        lockWholeIfEveryKsbIsSignedOff();
    }

    private void lockWholeIfEveryKsbIsSignedOff() {
        if (state == EvidenceState.ACCEPTED && !claims.isEmpty()
                && claims.stream().allMatch(Evidence.Claim::signedOff)) {
            EvidenceState from = state;
            EvidenceState to = move(EvidenceAction.SIGN_OFF);
            events.add(RecordChanged.updated(RECORD, id, from.name(), to.name()));
        }
    }

    // ------------------------------------------------------------------ who is told

    /** The tutor hears that evidence waits for their assessment (not when they added it themselves). */
    private void tellTutorOfSubmission(UUID by) {
        if (owner.tutorAccountId() != null && !owner.tutorAccountId().equals(by)) {
            events.add(EvidenceNotices.submitted(owner, id, details.title(), currentNumber));
        }
    }

    /** The learner hears the outcome, with the tutor's feedback on each KSB referred back. */
    private void tellLearnerOfAssessment(UUID by, EvidenceState outcome, Collection<EvidenceDecision> decisions) {
        if (owner.learnerAccountId() != null && !owner.learnerAccountId().equals(by)) {
            events.add(EvidenceNotices.assessed(owner, id, details.title(), currentNumber, outcome, decisions, now));
        }
    }

    // ------------------------------------------------------------------ what is read and saved

    public UUID id() {
        return id;
    }

    public EvidenceState state() {
        return state;
    }

    public int currentNumber() {
        return currentNumber;
    }

    public EvidenceForm form() {
        return form;
    }

    public String title() {
        return details.title();
    }

    public List<Evidence.Claim> claims() {
        return claims;
    }

    public List<String> ksbCodes() {
        return claims.stream().map(Evidence.Claim::ksbCode).toList();
    }

    public List<String> signedOffCodes() {
        return claims.stream().filter(Evidence.Claim::signedOff).map(Evidence.Claim::ksbCode).toList();
    }

    /** The item as it now stands (the lock version is the one it was read with). */
    public Evidence snapshot() {
        return new Evidence(id, owner.apprenticeshipId(), details.title(), details.description(), details.date(),
                details.type(), form, state, currentNumber, inShowcase, addedBy, createdAt, updatedAt, lockVersion,
                claims);
    }

    /** The events registered so far, in order: audit first, then who is told. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    boolean isNew() {
        return isNew;
    }

    int expectedLock() {
        return expectedLock;
    }

    boolean touched() {
        return touched;
    }

    boolean claimsChanged() {
        return claimsChanged;
    }

    boolean currentQuarantined() {
        return currentQuarantined;
    }

    List<EvidenceVersion> newVersions() {
        return List.copyOf(newVersions);
    }

    List<Assessment> assessments() {
        return List.copyOf(assessments);
    }
}
