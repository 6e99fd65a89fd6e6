package waypoint.reporting.internal.ilr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.ilr.IlrFinding;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrOrigin;
import waypoint.ilr.IlrRuleBook;
import waypoint.ilr.IlrValidator;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.shared.web.PageOf;

/**
 * Checking a return before it is exported (docs/domain/ilr.md, "Checking a file" and "Who prepares the return"): every problem the
 * official rules find, per learner, in plain words with the official rule's name and a link to the page that puts it
 * right; filtered by rule and by tutor. Those who prepare the return check all of it; a tutor checks their own
 * caseload, and sees nothing of anyone else's.
 */
@Service
public class IlrChecks {

    /** A tutor to filter by. */
    public record Tutor(UUID id, String name) {
    }

    /** One problem, with the learner it concerns and where it is put right (when Waypoint has such a page). */
    public record Problem(IlrFinding finding, String learner, UUID learnerId, Optional<IlrFixLinks.Link> fix) {

        public boolean error() {
            return finding.isError();
        }
    }

    /**
     * The outcome of a check: how many learners were checked, the errors and warnings among them (whatever the rule
     * filter), the problems of the page asked for, and the rules found (to filter by).
     */
    public record Check(IlrYear year, ReturnPeriod period, boolean wholeReturn, int learners, long errors,
                        long warnings, PageOf<Problem> problems, List<String> rules) {
    }

    private final IlrReturnSource source;
    private final IlrChecking checking;
    private final IlrReturnPolicy policy;
    private final IlrFixLinks links;
    private final JdbcClient jdbc;

    IlrChecks(IlrReturnSource source, IlrChecking checking, IlrReturnPolicy policy, IlrFixLinks links,
            JdbcClient jdbc) {
        this.source = source;
        this.checking = checking;
        this.policy = policy;
        this.links = links;
        this.jdbc = jdbc;
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
     * Checks the return of a year and period: all of it for those who prepare it (or one tutor's learners when
     * {@code tutor} is given), a tutor's own caseload for a tutor. {@code rule} narrows the problems listed.
     */
    @Transactional(readOnly = true)
    public Check check(CurrentUser user, IlrYear year, ReturnPeriod period, String rule, UUID tutor, int page,
            int size) {
        if (!policy.canCheck(user)) {
            throw new AccessDeniedException("Only administrators, the data officer and tutors check the ILR return");
        }
        checking.requireBuildable(year);
        Optional<Set<UUID>> only = policy.canPrepare(user)
                ? Optional.ofNullable(tutor).map(this::caseloadOf)
                : Optional.of(caseloadOf(ownStaffId(user)));
        boolean whole = only.isEmpty();
        IlrValidator validator = checking.validator(year);
        List<IlrFinding> findings = new ArrayList<>();
        Map<String, Seen> seen = new HashMap<>();
        Consumer<IlrLearner> each = learner -> {
            seen.put(learner.learnRefNumber(), new Seen(learner.displayName(), learner.origin()));
            findings.addAll(validator.check(learner));
        };
        if (whole) {
            source.forEachLearner(year, period, each);
            findings.addAll(validator.finish());
        } else if (!only.get().isEmpty()) {
            source.forEachLearner(year, period, only.get(), each);
            validator.finish().stream().filter(f -> seen.containsKey(f.learnRefNumber())).forEach(findings::add);
        }
        long errors = findings.stream().filter(IlrFinding::isError).count();
        List<String> rules = new ArrayList<>(new TreeSet<>(findings.stream().map(IlrFinding::rule).toList()));
        List<IlrFinding> listed = findings.stream().filter(f -> rule == null || rule.isBlank() || f.rule().equals(rule))
                .sorted(Comparator.comparing((IlrFinding f) -> f.learnRefNumber() == null ? "" : f.learnRefNumber())
                        .thenComparing(f -> f.severity() == IlrRuleBook.Severity.ERROR ? 0 : 1)
                        .thenComparing(IlrFinding::rule))
                .toList();
        int pageSize = Math.min(Math.max(1, size), 100);
        int number = Math.max(0, Math.min(page, (listed.size() - 1) / pageSize));
        List<Problem> shown = listed.stream().skip((long) number * pageSize).limit(pageSize).map(f -> {
            Seen learner = f.learnRefNumber() == null ? null : seen.get(f.learnRefNumber());
            IlrOrigin origin = learner == null ? null : learner.origin();
            return new Problem(f, learner == null ? null : learner.name(), origin == null ? null : origin.learnerId(),
                    links.of(f.fix(), origin));
        }).toList();
        return new Check(year, period, whole, seen.size(), errors, findings.size() - errors,
                new PageOf<>(shown, number, pageSize, listed.size()), rules);
    }

    /** What a problem's line needs of its learner: the name to show and where they came from, not the whole record. */
    private record Seen(String name, IlrOrigin origin) {
    }

    /** The number of errors in a tutor's caseload for a return, for their home page. */
    @Transactional(readOnly = true)
    public long caseloadErrors(CurrentUser user, IlrYear year, ReturnPeriod period) {
        Set<UUID> caseload = caseloadOf(ownStaffId(user));
        if (caseload.isEmpty() || !checking.buildable(year)) {
            return 0;
        }
        IlrValidator validator = checking.validator(year);
        long[] errors = {0};
        source.forEachLearner(year, period, caseload,
                learner -> errors[0] += validator.check(learner).stream().filter(IlrFinding::isError).count());
        return errors[0];
    }

    /** The tutor's staff record, from the view organisation publishes; none means an empty caseload. */
    private UUID ownStaffId(CurrentUser user) {
        return jdbc.sql("SELECT id FROM organisation.staff_member WHERE account_id = :account")
                .param("account", user.id()).query(UUID.class).optional().orElse(null);
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
