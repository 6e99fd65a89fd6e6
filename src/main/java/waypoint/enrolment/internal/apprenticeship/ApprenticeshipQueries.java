package waypoint.enrolment.internal.apprenticeship;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.FundingType;
import waypoint.enrolment.StaffPart;
import waypoint.enrolment.internal.onboarding.OnboardingRules;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Learners;
import waypoint.rules.EmployerContribution;
import waypoint.rules.PriceFacts;
import waypoint.shared.NotFoundException;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.PageOf;

/** Reads of apprenticeships for pages and the API, each within what the person may see. */
@Service
public class ApprenticeshipQueries {

    /**
     * After 12 weeks of a break in employment with no new employer the apprentice must be withdrawn
     * (docs/domain/funding-rules.md, Breaks, withdrawal and change of employer).
     */
    static final int WEEKS_WITHOUT_EMPLOYER_BEFORE_WITHDRAWAL = 12;

    private final JdbcClient jdbc;
    private final UnitAssessments unitAssessments;
    private final ApprenticeshipRepository apprenticeships;
    private final Apprenticeships summaries;
    private final StatusChanges changes;
    private final ApprenticeshipPolicy policy;
    private final ApprenticeshipViewers viewers;
    private final OnboardingRules rules;
    private final Standards standards;
    private final UserAccounts accounts;
    private final Clock clock;
    private final Learners learners;

    ApprenticeshipQueries(JdbcClient jdbc, ApprenticeshipRepository apprenticeships, Apprenticeships summaries,
            StatusChanges changes, ApprenticeshipPolicy policy, ApprenticeshipViewers viewers,
            OnboardingRules rules, Standards standards, UserAccounts accounts, Clock clock, Learners learners,
            UnitAssessments unitAssessments) {
        this.unitAssessments = unitAssessments;
        this.learners = learners;
        this.jdbc = jdbc;
        this.apprenticeships = apprenticeships;
        this.summaries = summaries;
        this.changes = changes;
        this.policy = policy;
        this.viewers = viewers;
        this.rules = rules;
        this.standards = standards;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The apprenticeships the person may see that match, one page of them. */
    @Transactional(readOnly = true)
    public PageOf<ApprenticeshipSummary> list(CurrentUser user, CaseloadFilter filter) {
        ApprenticeshipViewer viewer = viewers.of(user);
        if (!policy.canList(viewer)) {
            throw new AccessDeniedException("No apprenticeships to list");
        }
        ApprenticeshipScope scope = policy.scopeOf(viewer);
        List<String> conditions = new ArrayList<>(List.of(scope.sqlCondition()));
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        if (filter.q() != null) {
            conditions.add("l.full_name ILIKE :q ESCAPE '\\'");
            params.put("q", "%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.tutorId() != null) {
            conditions.add("a.tutor_id = :tutor");
            params.put("tutor", filter.tutorId());
        }
        if (filter.employerId() != null) {
            conditions.add("a.employer_id = :employer");
            params.put("employer", filter.employerId());
        }
        if (filter.standardReference() != null) {
            conditions.add("a.standard_reference = :standard");
            params.put("standard", filter.standardReference());
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        // the count joins only what the conditions name: the learner, the employer and the tutor are required (not
        // null, foreign keys) and the rest are outer joins, so neither changes how many match; joining all five for
        // 100,000 apprenticeships took longer than the page itself (docs/domain/enrolment.md, "Lists at scale")
        String counted = "FROM apprenticeship a" + (filter.q() != null
                ? " JOIN organisation.learner l ON l.id = a.learner_id" : "");
        // someone who sees every apprenticeship, with no filter or a status alone, is told the total the database
        // keeps beside the apprenticeships (docs/adr/0014): counting 100,000 took as long as reading the page
        boolean kept = scope.kind() == ApprenticeshipScope.Kind.EVERYONE && filter.q() == null
                && filter.tutorId() == null && filter.employerId() == null && filter.standardReference() == null;
        long total = kept
                ? jdbc.sql("SELECT coalesce(sum(apprenticeships), 0) FROM apprenticeship_totals"
                        + (filter.status() == null ? "" : " WHERE status = :status")).params(params)
                        .query(Long.class).single()
                : jdbc.sql("SELECT count(*) " + counted + where).params(params).query(Long.class).single();
        params.put("limit", filter.size());
        params.put("offset", filter.page() * filter.size());
        List<ApprenticeshipSummary> items = total == 0 ? List.of()
                : jdbc.sql(Apprenticeships.SELECT + where + " ORDER BY " + filter.orderBy()
                        + " LIMIT :limit OFFSET :offset").params(params).query(Apprenticeships::summary).list();
        return new PageOf<>(items, filter.page(), filter.size(), total);
    }

    /** The apprenticeship, if the person may see it; otherwise "not found", as if there were none. */
    @Transactional(readOnly = true)
    public ApprenticeshipView view(CurrentUser user, ApprenticeshipId id) {
        ApprenticeshipViewer viewer = viewers.of(user);
        Apprenticeship apprenticeship = policy.seenBy(viewer, id)
                .orElseThrow(() -> new NotFoundException("Apprenticeship"));
        ApprenticeshipSummary summary = summaries.find(id).orElseThrow();
        List<StatusChange> timeline = changes.of(id);
        List<Transition> actions = policy.canManage(viewer, apprenticeship)
                ? LifecycleTable.actionsFrom(apprenticeship.status()).stream()
                        .filter(t -> t != Transition.START && !LifecycleTable.FOLLOW_THE_EPA_RECORD.contains(t)).toList()
                : List.of();
        // the rules as recorded (prior learning, English and maths, eligibility answers): the same as every other reader
        var standard = standards.find(summary.standardReference(), summary.standardVersion());
        var figures = standard.flatMap(found -> rules.evaluate(summary).map(ApprenticeshipRules::figuresOf)
                .map(f -> f.warning(StartingTerms.priceWarnings(found.summary(), apprenticeship.trainingPrice(),
                        apprenticeship.epaPrice()))));
        var price = learners.dateOfBirth(summary.learnerId()).filter(born -> born.isBefore(summary.startDate()))
                .map(born -> EmployerContribution.of(new PriceFacts(summary.startDate(), born,
                        Optional.ofNullable(apprenticeship.fundingType()).map(type -> type == FundingType.LEVY
                                ? PriceFacts.LevyStatus.LEVY : PriceFacts.LevyStatus.NON_LEVY),
                        Optional.ofNullable(apprenticeship.trainingPrice()),
                        Optional.ofNullable(apprenticeship.epaPrice()),
                        standard.flatMap(found -> found.summary().fundingBandMaximum()))));
        return new ApprenticeshipView(summary, apprenticeship.deliveryModel(), apprenticeship.deliveryLink(),
                apprenticeship.studyDays(), apprenticeship.fundingType(), apprenticeship.trainingPrice(),
                apprenticeship.epaPrice(), apprenticeship.epaoId(), epaoName(apprenticeship.epaoId()),
                otherStaff(id), figures, entries(timeline), StatusChanges.breaks(timeline),
                withdrawalPrompt(apprenticeship.status(), timeline), actions, apprenticeship.version(), price,
                standard.map(found -> found.programmeType()).orElse(waypoint.rules.ProgrammeType.APPRENTICESHIP_STANDARD),
                unitAssessments.of(id));
    }

    /**
     * The prompt to withdraw an apprentice whose break in employment has gone on for more than 12 weeks with no
     * new employer; empty otherwise.
     */
    Optional<String> withdrawalPrompt(ApprenticeshipStatus status, List<StatusChange> timeline) {
        if (status != ApprenticeshipStatus.BREAK_IN_LEARNING || timeline.isEmpty()) {
            return Optional.empty();
        }
        StatusChange lastBreak = null;
        boolean newEmployer = false;
        for (StatusChange change : timeline) {
            if (change.to() == ApprenticeshipStatus.BREAK_IN_LEARNING && change.from() != change.to()) {
                lastBreak = change;
                newEmployer = false;
            } else if (change.transition() == Transition.CHANGE_EMPLOYER) {
                newEmployer = true;
            }
        }
        if (lastBreak == null || !Boolean.TRUE.equals(lastBreak.employmentEnded()) || newEmployer) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        long weeks = ChronoUnit.WEEKS.between(lastBreak.effectiveDate(), today);
        boolean over = ChronoUnit.DAYS.between(lastBreak.effectiveDate(), today)
                > WEEKS_WITHOUT_EMPLOYER_BEFORE_WITHDRAWAL * 7L;
        return over ? Optional.of("The apprentice has had no employer for " + weeks + " weeks, since "
                + GovUkDates.date(lastBreak.effectiveDate()) + ". After 12 weeks without a new employer the apprentice"
                + " must be withdrawn, unless a new employer takes them on.") : Optional.empty();
    }

    private List<ApprenticeshipView.TimelineEntry> entries(List<StatusChange> timeline) {
        Set<UUID> recorders = timeline.stream().map(StatusChange::recordedBy).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, String> names = recorders.isEmpty() ? Map.of() : accounts.findAll(recorders).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        Set<UUID> employerIds = new java.util.HashSet<>();
        timeline.forEach(c -> {
            if (c.previousEmployerId() != null) {
                employerIds.add(c.previousEmployerId());
            }
            if (c.newEmployerId() != null) {
                employerIds.add(c.newEmployerId());
            }
        });
        Map<UUID, String> employers = employerNames(employerIds);
        return timeline.stream().map(c -> new ApprenticeshipView.TimelineEntry(c.transition(), title(c),
                c.effectiveDate(), c.recordedAt(),
                c.recordedBy() == null ? "Waypoint" : names.getOrDefault(c.recordedBy(), "A former user"),
                c.reason(), particulars(c, employers))).toList();
    }

    private static String title(StatusChange change) {
        if (change.transition() == Transition.MIGRATE) {
            return "Brought in from another system: " + change.to().words();
        }
        return change.transition().words();
    }

    private static List<String> particulars(StatusChange c, Map<UUID, String> employers) {
        List<String> lines = new ArrayList<>();
        if (c.from() != null && c.from() != c.to()) {
            lines.add("Status: " + c.from().words() + " to " + c.to().words());
        }
        if (c.withdrawalReason() != null) {
            lines.add("Withdrawal reason: " + c.withdrawalReason().words() + " (ILR code "
                    + c.withdrawalReason().ilrCode() + ")");
        }
        if (c.expectedReturnDate() != null) {
            lines.add("Expected return: " + GovUkDates.date(c.expectedReturnDate()));
        }
        if (Boolean.TRUE.equals(c.employmentEnded())) {
            lines.add("A break in employment: the apprentice's job ended");
        } else if (Boolean.TRUE.equals(c.employerAgreed())) {
            lines.add("The employer agreed to the break");
        }
        if (c.plannedEndMovedDays() != null) {
            int days = c.plannedEndMovedDays();
            lines.add(c.transition() == Transition.START
                    ? "Planned end date moved " + Math.abs(days) + " days " + (days < 0 ? "earlier" : "later")
                            + ", with the start date"
                    : "Planned end date moved by " + days + " days, the length of the break");
        }
        if (c.newEmployerId() != null) {
            lines.add("From " + employers.getOrDefault(c.previousEmployerId(), "the previous employer") + " to "
                    + employers.getOrDefault(c.newEmployerId(), "the new employer"));
        }
        return lines;
    }

    private Map<UUID, String> employerNames(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, name FROM organisation.employer WHERE id IN (:ids)").param("ids", List.copyOf(ids))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String epaoName(UUID epaoId) {
        return epaoId == null ? null : jdbc.sql("SELECT name FROM organisation.epao WHERE id = :id").param("id", epaoId)
                .query(String.class).optional().orElse(null);
    }

    private List<ApprenticeshipView.Staff> otherStaff(ApprenticeshipId id) {
        return jdbc.sql("""
                SELECT s.staff_id, m.name, s.part FROM apprenticeship_staff s
                JOIN organisation.staff_member m ON m.id = s.staff_id
                WHERE s.apprenticeship_id = :id ORDER BY s.part, lower(m.name)""")
                .param("id", id)
                .query((rs, n) -> new ApprenticeshipView.Staff(rs.getObject("staff_id", UUID.class),
                        rs.getString("name"), StaffPart.valueOf(rs.getString("part")))).list();
    }
}
