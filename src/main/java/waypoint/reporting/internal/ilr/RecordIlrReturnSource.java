package waypoint.reporting.internal.ilr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.EmploymentLists;
import waypoint.enrolment.WithdrawalReason;
import waypoint.ilr.IlrEmploymentStatus;
import waypoint.ilr.IlrFileHeader;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrLearningDelivery;
import waypoint.ilr.IlrOrigin;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.organisation.IlrLists;
import waypoint.organisation.DeclaredAnswers;
import waypoint.organisation.LearnerId;
import waypoint.organisation.ProviderProfile;
import waypoint.shared.money.Money;

/**
 * The ILR return built from Waypoint's record, reading only the views the owner modules publish (docs/adr/0006):
 * learners in order of their learner reference number, {@value #BATCH} at a time (keyset), and each batch's
 * apprenticeships, their status changes, employment statuses, training plans, end-point assessment records and
 * approved off-the-job hours, and the learners' difficulty categories and contact restrictions, each read with one
 * query for the whole batch. The mapping is docs/domain/ilr.md, "How Waypoint builds the return": a fact Waypoint
 * does not hold is left out, never invented, so the validation rules report it.
 */
@Component
class RecordIlrReturnSource implements IlrReturnSource {

    static final int BATCH = 500;

    /** The ILR's unique learner number for a learner whose number is not known. */
    static final long ULN_NOT_KNOWN = 9999999999L;

    /** Source of funding: the Education and Skills Funding Agency's apprenticeship funding (SOF 105). */
    static final String APPRENTICESHIP_SOURCE_OF_FUNDING = "105";

    /** From this date every new apprenticeship, levy-funded or not, is agreed through the apprenticeship service. */
    static final LocalDate ALL_STARTS_THROUGH_THE_SERVICE = LocalDate.of(2021, 4, 1);

    /** An apprenticeship with learning in the year up to the period's last day (parameters :last and :yearStart). */
    private static final String IN_RETURN = """
            a.start_date <= :last AND a.status <> 'ONBOARDING'
            AND NOT EXISTS (SELECT 1 FROM enrolment.apprenticeship_status_change x
                            WHERE x.apprenticeship_id = a.id AND x.to_status IN ('COMPLETED', 'WITHDRAWN')
                              AND x.effective_date <= :last
                              AND (x.effective_date < :yearStart OR x.from_status = 'ONBOARDING'))""";

    private final JdbcClient jdbc;
    private final ProviderProfile provider;
    private final Clock clock;
    private final DeclaredAnswers declared;

    RecordIlrReturnSource(JdbcClient jdbc, ProviderProfile provider, Clock clock, DeclaredAnswers declared) {
        this.declared = declared;
        this.jdbc = jdbc;
        this.provider = provider;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachLearner(IlrYear year, ReturnPeriod period, Consumer<IlrLearner> each) {
        read(year, period, null, each);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachLearner(IlrYear year, ReturnPeriod period, Set<UUID> learnerIds, Consumer<IlrLearner> each) {
        if (!learnerIds.isEmpty()) {
            read(year, period, learnerIds.toArray(UUID[]::new), each);
        }
    }

    @Override
    public Optional<IlrFileHeader> header(IlrYear year, String serialNo) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        return provider.details().map(p -> p.ukprn() == null ? null : p.ukprn().strip())
                .filter(u -> u.matches("\\d{8}"))
                .map(u -> new IlrFileHeader(year, Integer.parseInt(u), now.toLocalDate(), now, serialNo,
                        "Waypoint", "Waypoint", null));
    }

    private void read(IlrYear year, ReturnPeriod period, UUID[] only, Consumer<IlrLearner> each) {
        LocalDate last = period.lastDay(year);
        LocalDate yearStart = period.month(year).withMonth(8).atDay(1);
        if (period.month(year).getMonthValue() < 8) {
            yearStart = yearStart.minusYears(1);
        }
        String after = "";
        while (true) {
            List<LearnerRow> batch = learners(after, only, last, yearStart);
            if (batch.isEmpty()) {
                return;
            }
            Batch facts = new Batch(batch, last, yearStart);
            for (LearnerRow learner : batch) {
                each.accept(facts.learner(learner));
            }
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).reference();
        }
    }

    record LearnerRow(UUID id, String reference, String givenNames, String familyName, LocalDate dateOfBirth,
                      String uln, String email, String phone, String postcode, String priorAttainment,
                      String postcodePrior, String health, String ethnicity, String sex, String niNumber,
                      String addressLine1, String addressLine2, String town) {
    }

    private List<LearnerRow> learners(String after, UUID[] only, LocalDate last, LocalDate yearStart) {
        String sql = """
                SELECT l.id, r.learner_reference, l.given_names, l.family_name, l.date_of_birth, l.uln, l.email,
                       l.phone, l.address_postcode, r.prior_attainment, r.postcode_prior, NULL, NULL, NULL,
                       l.ni_number, l.address_line1, l.address_line2, l.address_town
                FROM organisation.learner_ilr r
                         JOIN organisation.learner l ON l.id = r.learner_id
                WHERE r.learner_reference > :after
                  AND EXISTS (SELECT 1 FROM enrolment.apprenticeship a WHERE a.learner_id = l.id AND %s)
                  %s
                ORDER BY r.learner_reference
                LIMIT %d""".formatted(IN_RETURN, only == null ? "" : "AND l.id = ANY(:only)", BATCH);
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("after", after).param("last", last)
                .param("yearStart", yearStart);
        if (only != null) {
            statement = statement.param("only", only);
        }
        List<LearnerRow> rows = statement.query((rs, n) -> new LearnerRow(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                rs.getString(17), rs.getString(18))).list();
        // the declared answers are encrypted in the database (docs/adr/0012-envelope-encryption-with-tink.md): the
        // organisation module decrypts them, a batch at a time
        Map<LearnerId, DeclaredAnswers.Answers> answers = declared.of(rows.stream().map(l -> new LearnerId(l.id())).toList());
        return rows.stream().map(l -> {
            DeclaredAnswers.Answers a = answers.getOrDefault(new LearnerId(l.id()), DeclaredAnswers.Answers.NONE);
            return new LearnerRow(l.id(), l.reference(), l.givenNames(), l.familyName(), l.dateOfBirth(), l.uln(),
                    l.email(), l.phone(), l.postcode(), l.priorAttainment(), l.postcodePrior(), a.healthDeclaration(),
                    a.ethnicity(), a.sex(), l.niNumber(), l.addressLine1(), l.addressLine2(), l.town());
        }).toList();
    }

    record ApprenticeshipRow(UUID id, UUID learnerId, UUID tutorId, LocalDate start, LocalDate plannedEnd,
                             String fundingType, Money trainingPrice, Money epaPrice, Integer larsCode,
                             String employerPostcode, String epaoCode) {
    }

    record Change(UUID apprenticeshipId, String transition, String fromStatus, String toStatus, LocalDate date,
                  String withdrawalReason, Integer plannedEndMovedDays) {

        /**
         * The move the change amounts to: one brought in from another system already under way counts as the move
         * to the status it was brought in at, from the date it has had it.
         */
        String move() {
            if (!"MIGRATE".equals(transition) || toStatus == null) {
                return transition;
            }
            return switch (toStatus) {
                case "BREAK_IN_LEARNING" -> "BREAK";
                case "GATEWAY", "END_POINT_ASSESSMENT" -> "GATEWAY";
                case "COMPLETED" -> "COMPLETE";
                case "WITHDRAWN" -> "WITHDRAW";
                default -> transition;
            };
        }
    }

    record Employment(UUID apprenticeshipId, LocalDate from, String status, String employerReference,
                      String lengthOfEmployment, String benefits, BigDecimal weeklyHours) {
    }

    record Completion(String stage, String overallGrade, LocalDate actualEnd, LocalDate achieved) {
    }

    /**
     * An English or maths study of an apprenticeship: planned in the training plan, or with a qualification chosen
     * (then with its learning aim reference and dates). Written as component aims
     * (docs/domain/english-and-maths-aims.md, "What the return writes"); with no qualification chosen it is not
     * written at all, since a reference is never made up: the return sends the rest of the learner and says which aim
     * it left out.
     */
    record EnglishMaths(UUID apprenticeshipId, String subject, String learnAimRef, LocalDate start,
                        LocalDate plannedEnd, LocalDate achievedOn) {

        /** The study is of the return (it starts on or before the period's last day) but has no qualification. */
        boolean leftOut(ApprenticeshipRow a, LocalDate last) {
            return learnAimRef == null && !(start != null ? start : a.start()).isAfter(last);
        }

        /**
         * The study's aims as of the period's last day, following the programme's
         * (docs/domain/english-and-maths-aims.md, "Breaks in learning"): none when it starts later; one from its start, closed as on a break (CompStatus 6,
         * Outcome 3) on the day a break in learning begins, and a new one from each return, marked as a restart (RES)
         * with the study's first start as its original start; the last achieved (completed, outcome 1) on the day
         * learning ended with the qualification achieved, withdrawn with the apprenticeship when it was and the study
         * was not achieved, otherwise continuing.
         */
        List<IlrLearningDelivery> aims(ApprenticeshipRow a, List<ProgrammeAims.Period> programme,
                List<Change> changes, LocalDate last, int firstSequence) {
            LocalDate from = start != null ? start : a.start();
            if (learnAimRef == null || from.isAfter(last)) {
                return List.of();
            }
            boolean achieved = achievedOn != null && !achievedOn.isAfter(last);
            List<IlrLearningDelivery> aims = new ArrayList<>();
            for (int i = 0; i < programme.size(); i++) {
                ProgrammeAims.Period period = programme.get(i);
                boolean onABreak = period.compStatus() == IlrLearningDelivery.ON_A_BREAK;
                boolean first = aims.isEmpty();
                if (first && onABreak && !from.isBefore(period.actualEnd())) {
                    continue; // the study begins during or after this break: it starts with a later aim
                }
                LocalDate aimStart = first ? (from.isBefore(period.start()) ? period.start() : from) : period.start();
                LocalDate nextStart = i + 1 < programme.size() ? programme.get(i + 1).start() : null;
                LocalDate to = plannedEnd(period, changes, from, aimStart);
                if (achieved && (nextStart == null || achievedOn.isBefore(nextStart))) {
                    aims.add(delivery(a, aimStart, first ? null : from, to, IlrLearningDelivery.COMPLETED,
                            achievedOn.isBefore(aimStart) ? aimStart : achievedOn, 1, null,
                            firstSequence + aims.size()));
                    return aims;
                }
                if (onABreak) {
                    aims.add(delivery(a, aimStart, first ? null : from, to, IlrLearningDelivery.ON_A_BREAK,
                            period.actualEnd(), 3, null, firstSequence + aims.size()));
                } else if (period.compStatus() == IlrLearningDelivery.WITHDRAWN) {
                    LocalDate end = period.actualEnd() == null || period.actualEnd().isBefore(aimStart) ? aimStart
                            : period.actualEnd();
                    aims.add(delivery(a, aimStart, first ? null : from, to, IlrLearningDelivery.WITHDRAWN, end, 3,
                            period.withdrawReason(), firstSequence + aims.size()));
                } else {
                    aims.add(delivery(a, aimStart, first ? null : from, to, IlrLearningDelivery.CONTINUING, null,
                            null, null, firstSequence + aims.size()));
                }
            }
            return aims;
        }

        /**
         * The planned end of the study's aim from {@code aimStart}: the study's own, moved by the days each return from
         * a break since the study began moved the apprenticeship's; without its own, the programme aim's.
         */
        private LocalDate plannedEnd(ProgrammeAims.Period period, List<Change> changes, LocalDate from,
                LocalDate aimStart) {
            if (plannedEnd == null) {
                return period.plannedEnd();
            }
            long moved = changes.stream().filter(c -> "RETURN".equals(c.transition()) && c.date().isAfter(from)
                    && !c.date().isAfter(aimStart) && c.plannedEndMovedDays() != null)
                    .mapToLong(Change::plannedEndMovedDays).sum();
            LocalDate to = plannedEnd.plusDays(moved);
            return to.isAfter(aimStart) ? to : period.plannedEnd();
        }

        private IlrLearningDelivery delivery(ApprenticeshipRow a, LocalDate aimStart, LocalDate originalStart,
                LocalDate to, int compStatus, LocalDate actualEnd, Integer outcome, Integer withdrawReason,
                int sequence) {
            List<IlrLearningDelivery.DeliveryFam> fams = new ArrayList<>();
            fams.add(new IlrLearningDelivery.DeliveryFam("SOF", APPRENTICESHIP_SOURCE_OF_FUNDING, null, null));
            String act = contractType(a.fundingType(), a.start());
            if (act != null) {
                fams.add(new IlrLearningDelivery.DeliveryFam("ACT", act, aimStart, actualEnd));
            }
            if (originalStart != null) {
                fams.add(new IlrLearningDelivery.DeliveryFam("RES", "1", null, null));
            }
            return new IlrLearningDelivery(learnAimRef, IlrLearningDelivery.COMPONENT_AIM, sequence, aimStart,
                    originalStart, to, IlrLearningDelivery.APPRENTICESHIP_FUNDING, null, null,
                    IlrLearningDelivery.STANDARD, a.larsCode(), null, a.employerPostcode(), null, null, null, null,
                    null, null, compStatus, actualEnd, withdrawReason, outcome, null, null, null, null, fams,
                    List.of(), List.of());
        }
    }

    /** The facts of one batch of learners, each kind read with one query. */
    private final class Batch {

        final LocalDate last;
        final Map<UUID, List<ApprenticeshipRow>> apprenticeships = new HashMap<>();
        final Map<UUID, List<Change>> changes = new HashMap<>();
        final Map<UUID, List<Employment>> employment = new HashMap<>();
        final Map<UUID, BigDecimal> plannedHours = new HashMap<>();
        final Map<UUID, List<EnglishMaths>> englishMaths = new HashMap<>();
        final Map<UUID, Completion> completions = new HashMap<>();
        final Map<UUID, Long> approvedMinutes = new HashMap<>();
        final Map<UUID, List<IlrLearner.LlddCategory>> lldd = new HashMap<>();
        final Map<UUID, List<IlrLearner.ContactPreference>> contact = new HashMap<>();

        Batch(List<LearnerRow> learners, LocalDate last, LocalDate yearStart) {
            this.last = last;
            UUID[] learnerIds = learners.stream().map(LearnerRow::id).toArray(UUID[]::new);
            jdbc.sql("""
                            SELECT a.id, a.learner_id, a.tutor_id, a.start_date, a.planned_end_date, a.funding_type,
                                   a.training_price, a.epa_price, s.lars_code, e.address_postcode, o.epao_id
                            FROM enrolment.apprenticeship a
                                     LEFT JOIN catalogue.standard_version s
                                               ON s.reference_number = a.standard_reference
                                                   AND s.version = a.standard_version
                                     LEFT JOIN organisation.employer e ON e.id = a.employer_id
                                     LEFT JOIN organisation.epao o ON o.id = a.epao_id
                            WHERE a.learner_id = ANY(:ids) AND %s
                            ORDER BY a.learner_id, a.start_date, a.id""".formatted(IN_RETURN))
                    .param("ids", learnerIds).param("last", last).param("yearStart", yearStart)
                    .query((rs, n) -> new ApprenticeshipRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class), rs.getString(6), Money.of(rs.getBigDecimal(7)),
                            Money.of(rs.getBigDecimal(8)), integer(rs, 9), rs.getString(10), rs.getString(11)))
                    .list().forEach(a -> apprenticeships.computeIfAbsent(a.learnerId(), k -> new ArrayList<>())
                            .add(a));
            UUID[] ids = apprenticeships.values().stream().flatMap(List::stream).map(ApprenticeshipRow::id)
                    .toArray(UUID[]::new);
            jdbc.sql("""
                            SELECT apprenticeship_id, transition, from_status, to_status, effective_date,
                                   withdrawal_reason, planned_end_moved_days
                            FROM enrolment.apprenticeship_status_change WHERE apprenticeship_id = ANY(:ids)
                            ORDER BY apprenticeship_id, effective_date, recorded_at, id""")
                    .param("ids", ids)
                    .query((rs, n) -> new Change(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), integer(rs, 7)))
                    .list().forEach(c -> changes.computeIfAbsent(c.apprenticeshipId(), k -> new ArrayList<>())
                            .add(c));
            jdbc.sql("""
                            SELECT s.apprenticeship_id, s.applies_from, s.status, r.employer_reference_number,
                                   s.length_of_employment, s.benefits, s.weekly_hours
                            FROM enrolment.apprenticeship_employment_status s
                                     LEFT JOIN organisation.employer_reference r ON r.employer_id = s.employer_id
                            WHERE s.apprenticeship_id = ANY(:ids) AND s.applies_from <= :last
                            ORDER BY s.apprenticeship_id, s.applies_from""")
                    .param("ids", ids).param("last", last)
                    .query((rs, n) -> new Employment(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBigDecimal(7)))
                    .list().forEach(e -> employment.computeIfAbsent(e.apprenticeshipId(), k -> new ArrayList<>())
                            .add(e));
            jdbc.sql("""
                            SELECT apprenticeship_id, planned_otj_hours FROM enrolment.training_plan
                            WHERE apprenticeship_id = ANY(:ids) AND planned_otj_hours IS NOT NULL""")
                    .param("ids", ids)
                    .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
                    .list().forEach(e -> plannedHours.put(e.getKey(), e.getValue()));
            jdbc.sql("""
                            SELECT s.apprenticeship_id, s.subject, q.learn_aim_ref, e.start_date, e.planned_end_date,
                                   e.achieved_on
                            FROM (SELECT t.apprenticeship_id, p.subject FROM enrolment.training_plan t
                                           CROSS JOIN LATERAL (VALUES ('ENGLISH', t.english_planned),
                                                                      ('MATHS', t.maths_planned)) p (subject, level)
                                  WHERE t.apprenticeship_id = ANY(:ids) AND p.level IS NOT NULL
                                  UNION SELECT apprenticeship_id, subject FROM enrolment.english_maths_aim
                                  WHERE apprenticeship_id = ANY(:ids)) s
                                     LEFT JOIN enrolment.english_maths_aim e
                                               ON e.apprenticeship_id = s.apprenticeship_id AND e.subject = s.subject
                                     LEFT JOIN catalogue.english_maths_qualification q ON q.id = e.qualification_id
                            ORDER BY s.apprenticeship_id, s.subject""")
                    .param("ids", ids)
                    .query((rs, n) -> new EnglishMaths(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class)))
                    .list().forEach(e -> englishMaths.computeIfAbsent(e.apprenticeshipId(), k -> new ArrayList<>())
                            .add(e));
            jdbc.sql("""
                            SELECT apprenticeship_id, stage, overall_grade, actual_end_date, achievement_date
                            FROM epa.completion WHERE apprenticeship_id = ANY(:ids)""")
                    .param("ids", ids)
                    .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Completion(rs.getString(2),
                            rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))))
                    .list().forEach(e -> completions.put(e.getKey(), e.getValue()));
            jdbc.sql("SELECT apprenticeship_id, approved_minutes FROM otj.approved_hours"
                            + " WHERE apprenticeship_id = ANY(:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
                    .list().forEach(e -> approvedMinutes.put(e.getKey(), e.getValue()));
            jdbc.sql("""
                            SELECT learner_id, category, main FROM organisation.learner_lldd_category
                            WHERE learner_id = ANY(:ids) ORDER BY learner_id, main DESC, category""")
                    .param("ids", learnerIds)
                    .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new IlrLearner.LlddCategory(
                            IlrLists.LlddCategory.valueOf(rs.getString(2)).code(), rs.getBoolean(3))))
                    .list().forEach(e -> lldd.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            jdbc.sql("""
                            SELECT learner_id, restriction FROM organisation.learner_contact_restriction
                            WHERE learner_id = ANY(:ids) ORDER BY learner_id, restriction""")
                    .param("ids", learnerIds)
                    .query((rs, n) -> {
                        IlrLists.ContactRestriction r = IlrLists.ContactRestriction.valueOf(rs.getString(2));
                        return Map.entry(rs.getObject(1, UUID.class),
                                new IlrLearner.ContactPreference(r.type(), r.code()));
                    })
                    .list().forEach(e -> contact.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue()));
        }

        IlrLearner learner(LearnerRow l) {
            List<ApprenticeshipRow> theirs = apprenticeships.getOrDefault(l.id(), List.of());
            List<IlrLearningDelivery> deliveries = new ArrayList<>();
            List<IlrOrigin.AimLeftOut> leftOut = new ArrayList<>();
            for (ApprenticeshipRow a : theirs) {
                List<Change> theirChanges = changes.getOrDefault(a.id(), List.of());
                ProgrammeAims programme = new ProgrammeAims(a, theirChanges, last, plannedHours.get(a.id()),
                        completions.get(a.id()), approvedMinutes.get(a.id()));
                deliveries.addAll(programme.build(deliveries.size() + 1));
                for (EnglishMaths study : englishMaths.getOrDefault(a.id(), List.of())) {
                    if (study.leftOut(a, last)) {
                        leftOut.add(new IlrOrigin.AimLeftOut(a.id(), study.subject()));
                    }
                    deliveries.addAll(study.aims(a, programme.periods(), theirChanges, last, deliveries.size() + 1));
                }
            }
            LocalDate firstStart = theirs.stream().map(ApprenticeshipRow::start).min(Comparator.naturalOrder())
                    .orElse(null);
            List<IlrLearner.PriorAttainment> prior = l.priorAttainment() == null || firstStart == null ? List.of()
                    : List.of(new IlrLearner.PriorAttainment(
                    IlrLists.PriorLevel.valueOf(l.priorAttainment()).code(), firstStart));
            Set<UUID> tutors = new LinkedHashSet<>();
            theirs.forEach(a -> tutors.add(a.tutorId()));
            return new IlrLearner(l.reference(), null, null, null, null, uln(l.uln()), name(l.familyName()),
                    name(l.givenNames()), l.dateOfBirth(), IlrLists.ethnicityCode(l.ethnicity()),
                    IlrLists.sexCode(l.sex()), IlrLists.healthProblemCode(l.health()), niNumber(l.niNumber()), null,
                    null, null, null, null, null, l.postcodePrior(), l.postcode(), addressLine(l.addressLine1()),
                    addressLine(l.addressLine2()), addressLine(l.town()), null, telephone(l.phone()),
                    email(l.email()), prior, lldd.getOrDefault(l.id(), List.of()),
                    contact.getOrDefault(l.id(), List.of()), List.of(), List.of(), employmentOf(theirs), deliveries,
                    new IlrOrigin(l.id(), theirs.stream().map(ApprenticeshipRow::id).toList(), List.copyOf(tutors),
                            leftOut));
        }

        /** The employment status records of all the learner's apprenticeships, one per date, earliest first. */
        private List<IlrEmploymentStatus> employmentOf(List<ApprenticeshipRow> theirs) {
            Map<LocalDate, IlrEmploymentStatus> byDate = new TreeMap<>();
            for (ApprenticeshipRow a : theirs) {
                for (Employment e : employment.getOrDefault(a.id(), List.of())) {
                    byDate.putIfAbsent(e.from(), status(e));
                }
            }
            return List.copyOf(byDate.values());
        }

        private IlrEmploymentStatus status(Employment e) {
            EmploymentLists.EmpStat status = EmploymentLists.EmpStat.valueOf(e.status());
            List<IlrEmploymentStatus.Monitoring> monitoring = new ArrayList<>();
            Integer employer = null;
            if (status == EmploymentLists.EmpStat.IN_PAID_EMPLOYMENT) {
                employer = e.employerReference() != null && e.employerReference().matches("\\d{9}")
                        ? Integer.valueOf(e.employerReference()) : null;
                EmploymentLists.EmploymentIntensity hours = EmploymentLists.EmploymentIntensity.of(e.weeklyHours());
                if (hours != null) {
                    monitoring.add(new IlrEmploymentStatus.Monitoring("EII", hours.code()));
                }
                if (e.lengthOfEmployment() != null) {
                    monitoring.add(new IlrEmploymentStatus.Monitoring("LOE",
                            EmploymentLists.LengthOfEmployment.valueOf(e.lengthOfEmployment()).code()));
                }
            }
            if (e.benefits() != null) {
                monitoring.add(new IlrEmploymentStatus.Monitoring("BSI",
                        EmploymentLists.Benefits.valueOf(e.benefits()).code()));
            }
            return new IlrEmploymentStatus(status.code(), e.from(), employer, monitoring);
        }
    }

    /**
     * The programme aims of one apprenticeship as of the period's last day: one from the start, closed as on a break
     * (CompStatus 6) when a break begins, and a new one, marked as a restart with the original start date, from each
     * return; the last one continuing, completed or withdrawn (docs/domain/ilr.md, "How Waypoint builds the return").
     */
    private static final class ProgrammeAims {

        private final ApprenticeshipRow a;
        private final List<Change> allChanges;
        private final LocalDate last;
        private final BigDecimal plannedHours;
        private final Completion completion;
        private final Long approvedMinutes;

        ProgrammeAims(ApprenticeshipRow a, List<Change> allChanges, LocalDate last, BigDecimal plannedHours,
                      Completion completion, Long approvedMinutes) {
            this.a = a;
            this.allChanges = allChanges;
            this.last = last;
            this.plannedHours = plannedHours;
            this.completion = completion;
            this.approvedMinutes = approvedMinutes;
        }

        /** An aim as it is built: its start, whether a restart, where it ended and how, employer changes within. */
        private static final class Aim {
            LocalDate start;
            boolean restart;
            int compStatus = IlrLearningDelivery.CONTINUING;
            LocalDate actualEnd;
            Integer withdrawReason;
            Integer outcome;
            LocalDate achieved;
            final List<LocalDate> employerChanges = new ArrayList<>();

            Aim(LocalDate start, boolean restart) {
                this.start = start;
                this.restart = restart;
            }

            void end(int status, LocalDate on, int outcomeCode) {
                compStatus = status;
                actualEnd = on;
                outcome = outcomeCode;
            }
        }

        /**
         * One programme aim as built, for the English and maths aims to follow: its start, how it ended (or not) and
         * when, its withdrawal reason and its planned end.
         */
        record Period(LocalDate start, int compStatus, LocalDate actualEnd, Integer withdrawReason,
                      LocalDate plannedEnd) {
        }

        private final List<Period> periods = new ArrayList<>();

        /** The programme aims built by {@link #build}, earliest first. */
        List<Period> periods() {
            return periods;
        }

        List<IlrLearningDelivery> build(int firstSequence) {
            List<Aim> aims = new ArrayList<>();
            Aim current = new Aim(a.start(), false);
            for (Change c : allChanges) {
                if (c.date().isAfter(last)) {
                    break;
                }
                switch (c.move()) {
                    case "BREAK" -> {
                        if (current != null) {
                            current.end(IlrLearningDelivery.ON_A_BREAK, c.date(), 3);
                            aims.add(current);
                            current = null;
                        }
                    }
                    case "RETURN" -> {
                        if (current == null && c.plannedEndMovedDays() == null && !aims.isEmpty()) {
                            // back within 4 weeks: an absence, not a break in learning, so the aim continues
                            current = aims.remove(aims.size() - 1);
                            current.end(IlrLearningDelivery.CONTINUING, null, 0);
                            current.outcome = null;
                        } else if (current == null) {
                            current = new Aim(c.date(), true);
                        }
                    }
                    case "CHANGE_EMPLOYER" -> {
                        if (current != null && c.date().isAfter(current.start)) {
                            current.employerChanges.add(c.date());
                        }
                    }
                    case "GATEWAY" -> {
                        if (current != null) {
                            current.end(IlrLearningDelivery.COMPLETED, c.date(), 8);
                        }
                    }
                    case "COMPLETE" -> {
                        if (current != null) {
                            LocalDate end = completion != null && completion.actualEnd() != null
                                    ? completion.actualEnd() : current.actualEnd != null ? current.actualEnd : c.date();
                            current.end(IlrLearningDelivery.COMPLETED, end, 1);
                            current.achieved = completion != null && completion.achieved() != null
                                    ? completion.achieved() : c.date();
                        }
                    }
                    case "WITHDRAW" -> {
                        Aim withdrawn = current != null ? current : aims.isEmpty() ? null : aims.get(aims.size() - 1);
                        if (withdrawn != null) {
                            // withdrawn during a break: the aim closed at the break's start is the one withdrawn
                            withdrawn.end(IlrLearningDelivery.WITHDRAWN,
                                    current != null ? c.date() : withdrawn.actualEnd, 3);
                            withdrawn.withdrawReason = c.withdrawalReason() == null ? null
                                    : WithdrawalReason.valueOf(c.withdrawalReason()).ilrCode();
                        }
                    }
                    default -> {
                    }
                }
            }
            if (current != null) {
                aims.add(current);
            }
            List<IlrLearningDelivery> deliveries = new ArrayList<>();
            periods.clear();
            for (int i = 0; i < aims.size(); i++) {
                Aim aim = aims.get(i);
                deliveries.add(delivery(aim, firstSequence + i, i == aims.size() - 1));
                periods.add(new Period(aim.start, aim.compStatus, aim.actualEnd, aim.withdrawReason,
                        plannedEnd(aim.start)));
            }
            return deliveries;
        }

        private IlrLearningDelivery delivery(Aim aim, int sequence, boolean latest) {
            List<IlrLearningDelivery.DeliveryFam> fams = new ArrayList<>();
            fams.add(new IlrLearningDelivery.DeliveryFam("SOF", APPRENTICESHIP_SOURCE_OF_FUNDING, null, null));
            String act = contractType(a.fundingType(), a.start());
            if (act != null) {
                LocalDate from = aim.start;
                for (LocalDate change : aim.employerChanges) {
                    fams.add(new IlrLearningDelivery.DeliveryFam("ACT", act, from, change.minusDays(1)));
                    from = change;
                }
                fams.add(new IlrLearningDelivery.DeliveryFam("ACT", act, from,
                        aim.achieved != null ? aim.achieved : aim.actualEnd));
            }
            if (aim.restart) {
                fams.add(new IlrLearningDelivery.DeliveryFam("RES", "1", null, null));
            }
            List<IlrLearningDelivery.FinancialRecord> prices = new ArrayList<>();
            if (a.trainingPrice() != null) {
                prices.add(new IlrLearningDelivery.FinancialRecord("TNP", 1, aim.start, pounds(a.trainingPrice())));
            }
            if (a.epaPrice() != null) {
                prices.add(new IlrLearningDelivery.FinancialRecord("TNP", 2, aim.start, pounds(a.epaPrice())));
            }
            boolean ended = aim.compStatus == IlrLearningDelivery.COMPLETED
                    || aim.compStatus == IlrLearningDelivery.WITHDRAWN;
            Integer actualHours = latest && ended && approvedMinutes != null
                    ? (int) (approvedMinutes / 60) : null;
            return new IlrLearningDelivery(IlrLearningDelivery.PROGRAMME_AIM, 1, sequence, aim.start,
                    aim.restart ? a.start() : null, plannedEnd(aim.start), IlrLearningDelivery.APPRENTICESHIP_FUNDING,
                    plannedHours == null ? null : plannedHours.setScale(0, RoundingMode.HALF_UP).intValue(),
                    actualHours, IlrLearningDelivery.STANDARD, a.larsCode(), null, a.employerPostcode(), null, null,
                    null, null, null, a.epaoCode(), aim.compStatus, aim.actualEnd, aim.withdrawReason, aim.outcome,
                    aim.achieved, null, null, null, fams, prices, List.of());
        }

        /**
         * The planned end an aim starting on that date had: the apprenticeship's planned end now, less the days each
         * later return from a break moved it.
         */
        private LocalDate plannedEnd(LocalDate aimStart) {
            long moved = allChanges.stream().filter(c -> "RETURN".equals(c.transition()) && c.date().isAfter(aimStart)
                    && c.plannedEndMovedDays() != null).mapToLong(Change::plannedEndMovedDays).sum();
            return a.plannedEnd().minusDays(moved);
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * The apprenticeship contract type (FAM ACT): every start from 1 April 2021, levy-paying employer or not, is a
     * contract for services with the employer through the apprenticeship service (1); a contract with the department
     * (2) only for a non-levy start before then (docs/domain/ilr.md, "How Waypoint builds the return").
     */
    static String contractType(String fundingType, LocalDate start) {
        if (!start.isBefore(ALL_STARTS_THROUGH_THE_SERVICE)) {
            return "1";
        }
        return fundingType == null ? null : "NON_LEVY".equals(fundingType) ? "2" : "1";
    }

    /** Whole pounds, as the ILR's TNP amounts are: to the nearest pound, half up. */
    private static int pounds(Money amount) {
        return amount.pounds().setScale(0, RoundingMode.HALF_UP).intValue();
    }

    private static long uln(String uln) {
        return uln != null && uln.matches("\\d{10}") ? Long.parseLong(uln) : ULN_NOT_KNOWN;
    }

    /** A name as the ILR takes it (no digits, bars or quotes, at most 100 characters); none when there is none. */
    private static String name(String name) {
        if (name == null) {
            return null;
        }
        String cleaned = name.replaceAll("[0-9\\r\\n\\t|\"]", "").strip();
        return cleaned.isEmpty() ? null : cleaned.substring(0, Math.min(100, cleaned.length()));
    }

    /** A National Insurance number as the ILR takes it: capitals, no spaces, at most 9 characters. */
    private static String niNumber(String number) {
        if (number == null) {
            return null;
        }
        String cleaned = number.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        return cleaned.isEmpty() || cleaned.length() > 9 ? null : cleaned;
    }

    /**
     * A line of the address as the ILR takes it: only letters, digits, spaces and the punctuation its pattern allows
     * (others, accented letters among them, become the nearest plain letter or are left out), at most 50 characters.
     */
    private static String addressLine(String line) {
        if (line == null) {
            return null;
        }
        String plain = java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String cleaned = plain.replaceAll("[^A-Za-z0-9 ~!@&'\\\\()*+,\\-./:;]", "").replaceAll("\\s+", " ").strip();
        return cleaned.isEmpty() ? null : cleaned.substring(0, Math.min(50, cleaned.length())).strip();
    }

    private static String telephone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (phone.strip().startsWith("+44") && digits.startsWith("44")) {
            digits = "0" + digits.substring(2);
        }
        return digits.isEmpty() || digits.length() > 18 ? null : digits;
    }

    private static String email(String email) {
        return email == null || email.isBlank() || email.length() > 100 ? null : email.strip();
    }
}
