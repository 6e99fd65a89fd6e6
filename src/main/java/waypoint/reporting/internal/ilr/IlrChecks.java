package waypoint.reporting.internal.ilr;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.ilr.IlrFinding;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrOrigin;
import waypoint.ilr.IlrValidator;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.PageOf;

/**
 * Checking a return before it is exported (docs/domain/ilr.md, "Checking a return before upload" and "Who prepares
 * the return"): every problem the official rules find, per learner, in plain words with the official rule's name and
 * a link to the page that puts it right; filtered by rule and by tutor. Those who prepare the return check all of it
 * and read all of it; a tutor reads their own caseload, and sees nothing of anyone else's.
 *
 * <p>A check is kept: the page, the tutors' home pages and the API read the last check of a return a page at a time,
 * and no rule runs when a page is viewed. A check runs when someone asks for it ("Check again"), each night for the
 * return being worked on, and for one learner once their record has been put right.
 */
@Service
public class IlrChecks {

    private static final int BATCH = 500;

    /** A tutor to filter by. */
    public record Tutor(UUID id, String name) {
    }

    /**
     * One problem, with the learner it concerns and where it is put right (when Waypoint has such a page);
     * {@code firstOfLearner} when it is the first of its learner's problems on the page.
     */
    public record Problem(IlrFinding finding, String learner, UUID learnerId, Optional<IlrFixLinks.Link> fix,
                          boolean firstOfLearner) {

        public boolean error() {
            return finding.isError();
        }
    }

    /**
     * The check kept of a return, read for someone: whether it has been checked at all, when and by whom, how many
     * learners it checked and the errors and warnings among them (whatever the rule filter), the problems of the page
     * asked for, and the rules found (to filter by). A return never checked has no counts: it is not clean, it is not
     * known.
     */
    public record Check(IlrYear year, ReturnPeriod period, boolean wholeReturn, boolean checked, Instant checkedAt,
                        String checkedAtText, String checkedByName, long learners, long errors, long warnings,
                        PageOf<Problem> problems, List<String> rules) {
    }

    /** A check just run: when, and what it found across the whole return. */
    public record Summary(IlrYear year, ReturnPeriod period, Instant checkedAt, int learners, int errors,
                          int warnings) {
    }

    /** One learner checked again: whether they are in the return, and their problems now. */
    public record LearnerChecked(UUID learnerId, String name, boolean inReturn, long errors, long warnings) {

        public String words() {
            String who = name == null ? "The learner" : name;
            if (!inReturn) {
                return who + " was checked again and is not in this return.";
            }
            return who + " was checked again: " + errors + (errors == 1 ? " error" : " errors") + " and " + warnings
                    + (warnings == 1 ? " warning" : " warnings") + ".";
        }
    }

    private final IlrReturnSource source;
    private final IlrChecking checking;
    private final IlrReturnPolicy policy;
    private final IlrFixLinks links;
    private final IlrKeptChecks kept;
    private final JdbcClient jdbc;
    private final Clock clock;

    IlrChecks(IlrReturnSource source, IlrChecking checking, IlrReturnPolicy policy, IlrFixLinks links,
            IlrKeptChecks kept, JdbcClient jdbc, Clock clock) {
        this.source = source;
        this.checking = checking;
        this.policy = policy;
        this.links = links;
        this.kept = kept;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean mayCheck(CurrentUser user) {
        return policy.canCheck(user);
    }

    /** The tutors a whole-return check may be filtered by, by name. */
    @Transactional(readOnly = true)
    public List<Tutor> tutors(CurrentUser user) {
        if (!policy.canPrepare(user)) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT s.id, s.name FROM organisation.staff_member s JOIN organisation.staff_role r ON r.staff_id = s.id
                WHERE r.role = 'TUTOR' ORDER BY lower(s.name), s.id""").query(Tutor.class).list();
    }

    /**
     * The kept check of a year and period: all of it for those who prepare it (or one tutor's learners when
     * {@code tutor} is given), a tutor's own caseload for a tutor. {@code rule} narrows the problems listed.
     */
    @Transactional(readOnly = true)
    public Check check(CurrentUser user, IlrYear year, ReturnPeriod period, String rule, UUID tutor, int page,
            int size) {
        return check(user, year, period, rule, tutor, null, page, size);
    }

    /** The same, listing only one learner's problems when {@code learner} is given (the caseload board's link). */
    @Transactional(readOnly = true)
    public Check check(CurrentUser user, IlrYear year, ReturnPeriod period, String rule, UUID tutor, UUID learner,
            int page, int size) {
        if (!policy.canCheck(user)) {
            throw new AccessDeniedException("Only administrators, the data officer and tutors check the ILR return");
        }
        checking.requireBuildable(year);
        boolean whole = policy.canPrepare(user) && tutor == null;
        UUID scope = policy.canPrepare(user) ? tutor : ownStaffIdOrNobody(user);
        int pageSize = Math.min(Math.max(1, size), 100);
        Optional<IlrKeptChecks.Kept> found = kept.find(year, period);
        if (found.isEmpty()) {
            return new Check(year, period, whole, false, null, null, null, 0, 0, 0,
                    new PageOf<>(List.of(), 0, pageSize, 0), List.of());
        }
        IlrKeptChecks.Kept last = found.get();
        IlrKeptChecks.Counts counts = whole ? new IlrKeptChecks.Counts(last.learners(), last.errors(), last.warnings())
                : kept.counts(last.id(), scope);
        String onlyRule = rule == null || rule.isBlank() ? null : rule;
        // the whole return's problems are its errors and warnings, counted when it was checked
        long total = whole && onlyRule == null && learner == null ? (long) last.errors() + last.warnings()
                : kept.total(last.id(), scope, onlyRule, learner);
        int number = (int) Math.max(0, Math.min(page, (total - 1) / pageSize));
        List<IlrKeptChecks.KeptFinding> rows = kept.page(last.id(), scope, onlyRule, learner, number, pageSize);
        List<Problem> shown = new ArrayList<>();
        String previous = null;
        for (IlrKeptChecks.KeptFinding row : rows) {
            String ref = row.finding().learnRefNumber();
            IlrOrigin origin = row.learnerId() == null ? null : new IlrOrigin(row.learnerId(),
                    row.apprenticeshipId() == null ? List.of() : List.of(row.apprenticeshipId().value()), List.of());
            shown.add(new Problem(row.finding(), row.learnerName(), row.learnerId(), links.of(row.finding().fix(),
                    origin), ref != null && row.learnerId() != null && !ref.equals(previous)));
            previous = ref;
        }
        return new Check(year, period, whole, true, last.checkedAt(), when(last.checkedAt()), last.checkedByName(),
                counts.learners(), counts.errors(), counts.warnings(), new PageOf<>(shown, number, pageSize, total),
                kept.rules(last.id(), scope));
    }

    /** "Checked at 2:05pm today", or on an earlier day its date. */
    private String when(Instant at) {
        ZonedDateTime local = at.atZone(LONDON);
        String time = GovUkDates.clock(at);
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (local.toLocalDate().equals(today)) {
            return time + " today";
        }
        if (local.toLocalDate().equals(today.minusDays(1))) {
            return time + " yesterday";
        }
        return time + " on " + GovUkDates.date(at);
    }

    /** Checks the whole return again, as someone who prepares it asked, in place of the check kept. */
    @Transactional
    public Summary checkAgain(CurrentUser user, IlrYear year, ReturnPeriod period) {
        if (!policy.canPrepare(user)) {
            throw new AccessDeniedException("Only administrators and the data officer check the whole ILR return");
        }
        return run(year, period, user.id(), user.displayName());
    }

    /** Whether the return has a check kept. */
    @Transactional(readOnly = true)
    public boolean checked(IlrYear year, ReturnPeriod period) {
        return kept.find(year, period).isPresent();
    }

    /** Checks the whole return again for the system (the nightly check, the demo data), named as it shows. */
    @Transactional
    public Summary checkAsSystem(IlrYear year, ReturnPeriod period, String byName) {
        return run(year, period, null, byName);
    }

    /**
     * The whole return, read from Waypoint's record learner by learner in order of their reference number, each
     * checked and their findings written in batches; with the previous check replaced in the same transaction, so
     * the page shows the old check or the new one, never half of one.
     */
    private Summary run(IlrYear year, ReturnPeriod period, UUID by, String byName) {
        checking.requireBuildable(year);
        kept.lock(year, period);
        Instant now = Instant.now(clock);
        UUID checkId = kept.replace(year, period, now, by, byName);
        IlrValidator validator = checking.validator(year);
        List<IlrKeptChecks.CheckedLearner> learners = new ArrayList<>(BATCH);
        List<IlrKeptChecks.KeptFinding> findings = new ArrayList<>();
        source.forEachLearner(year, period, learner -> {
            keep(learner, validator.check(learner), learners, findings);
            if (learners.size() >= BATCH) {
                flush(checkId, learners, findings);
            }
        });
        flush(checkId, learners, findings);
        for (IlrFinding across : validator.finish()) {
            Optional<IlrKeptChecks.CheckedLearner> whose = across.learnRefNumber() == null ? Optional.empty()
                    : kept.learner(checkId, across.learnRefNumber());
            findings.add(new IlrKeptChecks.KeptFinding(across, whose.map(IlrKeptChecks.CheckedLearner::learnerId)
                    .orElse(null), null, whose.map(IlrKeptChecks.CheckedLearner::name).orElse(null), true));
        }
        flush(checkId, learners, findings);
        kept.recount(checkId);
        IlrKeptChecks.Kept done = kept.find(year, period).orElseThrow();
        return new Summary(year, period, done.checkedAt(), done.learners(), done.errors(), done.warnings());
    }

    private static void keep(IlrLearner learner, List<IlrFinding> found, List<IlrKeptChecks.CheckedLearner> learners,
            List<IlrKeptChecks.KeptFinding> findings) {
        IlrOrigin origin = learner.origin();
        UUID learnerId = origin == null ? null : origin.learnerId();
        ApprenticeshipId apprenticeship = origin == null || origin.apprenticeshipIds().isEmpty() ? null
                : new ApprenticeshipId(origin.apprenticeshipIds().get(0));
        if (learner.learnRefNumber() != null) {
            learners.add(new IlrKeptChecks.CheckedLearner(learner.learnRefNumber(), learnerId, learner.displayName()));
        }
        for (IlrFinding finding : found) {
            findings.add(new IlrKeptChecks.KeptFinding(finding, learnerId, apprenticeship, learner.displayName(),
                    false));
        }
        for (IlrAimsLeftOut.Note note : IlrAimsLeftOut.of(learner)) {
            findings.add(new IlrKeptChecks.KeptFinding(note.finding(), learnerId, note.apprenticeshipId(),
                    learner.displayName(), false));
        }
    }

    private void flush(UUID checkId, List<IlrKeptChecks.CheckedLearner> learners,
            List<IlrKeptChecks.KeptFinding> findings) {
        if (!learners.isEmpty()) {
            kept.addLearners(checkId, learners);
            learners.clear();
        }
        if (!findings.isEmpty()) {
            kept.addFindings(checkId, findings);
            findings.clear();
        }
    }

    /**
     * Checks one learner again, once their record has been put right, and replaces only their rows in the check
     * kept (the rules across learners, a reference number or ULN used twice, are found again by the next whole
     * check). Those who prepare the return may check any learner; a tutor, a learner of their caseload.
     */
    @Transactional
    public LearnerChecked checkLearnerAgain(CurrentUser user, IlrYear year, ReturnPeriod period, UUID learnerId) {
        if (!policy.canCheck(user)) {
            throw new AccessDeniedException("Only administrators, the data officer and tutors check the ILR return");
        }
        if (!policy.canPrepare(user) && !caseloadOf(ownStaffId(user)).contains(learnerId)) {
            throw new AccessDeniedException("A tutor checks the learners of their own caseload");
        }
        checking.requireBuildable(year);
        kept.lock(year, period);
        IlrKeptChecks.Kept last = kept.find(year, period).orElseThrow(() -> new IlrCheckRefused(
                "The " + year.name() + " " + period.name() + " return has not been checked yet: check the whole "
                        + "return first"));
        kept.removeLearner(last.id(), learnerId);
        IlrValidator validator = checking.validator(year);
        List<IlrKeptChecks.CheckedLearner> learners = new ArrayList<>();
        List<IlrKeptChecks.KeptFinding> findings = new ArrayList<>();
        source.forEachLearner(year, period, Set.of(learnerId),
                learner -> keep(learner, validator.check(learner), learners, findings));
        String name = learners.isEmpty() ? null : learners.get(0).name();
        flush(last.id(), learners, findings);
        kept.recount(last.id());
        IlrKeptChecks.Counts counts = kept.learnerCounts(last.id(), learnerId);
        return new LearnerChecked(learnerId, name, counts.learners() > 0, counts.errors(), counts.warnings());
    }

    /**
     * The number of errors in a tutor's caseload in the check kept of a return, for their home page; empty when the
     * return has not been checked.
     */
    @Transactional(readOnly = true)
    public Optional<Long> caseloadErrors(CurrentUser user, IlrYear year, ReturnPeriod period) {
        UUID staff = ownStaffId(user);
        if (staff == null || !checking.buildable(year)) {
            return Optional.empty();
        }
        return kept.find(year, period).map(last -> kept.counts(last.id(), staff).errors());
    }

    /**
     * The kept check of the return being worked on, for the caseload board: each learner checked with their errors
     * and warnings (docs/domain/accountability.md, "The caseload board"). Empty when no return can be checked or it has
     * not been checked yet. Not authorised here: the board reads only the learners the person may see.
     */
    public record LearnerFindings(IlrYear year, ReturnPeriod period, Map<UUID, Findings> checked) {

        /** Where the return's page lists one learner's problems. */
        public String href(UUID learnerId) {
            return "/ilr?year=" + year.name() + "&period=" + period.name() + "&learner=" + learnerId + "#check";
        }
    }

    /** One learner's errors and warnings in a kept check. */
    public record Findings(long errors, long warnings) {
    }

    @Transactional(readOnly = true)
    public Optional<LearnerFindings> findingsOf(Collection<UUID> learnerIds) {
        return checking.returnToWorkOn().flatMap(now -> kept.find(now.year(), now.period()).map(last -> {
            Map<UUID, Findings> checked = new HashMap<>();
            kept.learnersCounts(last.id(), learnerIds).forEach((learner, counts) ->
                    checked.put(learner, new Findings(counts.errors(), counts.warnings())));
            return new LearnerFindings(now.year(), now.period(), checked);
        }));
    }

    /** The tutor's staff record, from the view organisation publishes; none means an empty caseload. */
    private UUID ownStaffId(CurrentUser user) {
        return jdbc.sql("SELECT id FROM organisation.staff_member WHERE account_id = :account")
                .param("account", user.id()).query(UUID.class).optional().orElse(null);
    }

    /** A tutor without a staff record sees no one's learners: a scope that matches nobody. */
    private UUID ownStaffIdOrNobody(CurrentUser user) {
        UUID staff = ownStaffId(user);
        return staff == null ? new UUID(0, 0) : staff;
    }

    /** The learners of a tutor's apprenticeships, from the view enrolment publishes (docs/adr/0006). */
    private Set<UUID> caseloadOf(UUID staffId) {
        if (staffId == null) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT DISTINCT learner_id FROM enrolment.apprenticeship WHERE tutor_id = :staff")
                .param("staff", staffId).query(UUID.class).list());
    }
}
