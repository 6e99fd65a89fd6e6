package waypoint.reporting.internal.caseload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.otj.OffTheJobHours;
import waypoint.otj.RagStatus;
import waypoint.reporting.internal.ilr.IlrChecks;
import waypoint.review.ReviewSignaturesWaiting;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * The caseload board (docs/domain/accountability.md, "The caseload board"): every active apprenticeship a member of
 * staff may see, one row each, with each signal Waypoint knows as red, amber or green in words, and the head of
 * delivery's overview of the same by tutor, employer or standard. The signals come from the modules that keep them,
 * through the views they publish: the off-the-job pace of the day (judged by the off-the-job module's rule), progress
 * reviews, the support module's at-risk check (sessions, English and maths, KSB coverage, overdue actions), open
 * support cases, the documents waiting for someone's signature (the newest training plan version, progress reviews,
 * the gateway meeting record)
 * and the errors the kept check of the ILR return found. The overview counts the signals kept by {@link KeptOverview}. One query for the caseload, and one more for each of the
 * last two signals, whatever the caseload's size; a signal not yet worked out is "not known", never green.
 */
@Service
public class CaseloadBoard {

    /** A review due within this many days is amber. */
    static final int REVIEW_SOON_DAYS = 14;
    /** The support module's stages: the formal ones are red, the informal ones amber. */
    private static final java.util.Set<String> FORMAL = java.util.Set.of("STAGE_3", "STAGE_4", "STAGE_5");
    private static final java.util.Set<String> INFORMAL = java.util.Set.of("STAGE_1", "STAGE_2");

    private final JdbcClient jdbc;
    private final ApprenticeshipAccess access;
    private final OffTheJobHours offTheJob;
    private final ReviewSignaturesWaiting reviewSignatures;
    private final IlrChecks ilrChecks;
    private final WorkingCalendar calendar;
    private final Clock clock;

    CaseloadBoard(JdbcClient jdbc, ApprenticeshipAccess access, OffTheJobHours offTheJob,
            ReviewSignaturesWaiting reviewSignatures, IlrChecks ilrChecks, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.offTheJob = offTheJob;
        this.reviewSignatures = reviewSignatures;
        this.ilrChecks = ilrChecks;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The signals, in the board's column order. */
    public enum Kind {
        OFF_THE_JOB("Off-the-job pace"),
        REVIEW("Progress review"),
        SIGNATURES("Signatures waiting"),
        SESSIONS("Teaching sessions"),
        ENGLISH_MATHS("English and maths"),
        KSB("KSB coverage"),
        ACTIONS("Actions overdue"),
        SUPPORT("Support stage"),
        ILR_ERRORS("ILR errors");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One signal of one apprentice; {@code href}, when there is one, is where its detail is listed. */
    public record Signal(Kind kind, RagStatus rag, String words, String href) {

        /** The tag's words and classes, worked out once rather than by the page for each of its cells. */
        private static final String[] TAGS = {"Green", "Amber", "Red", "Not known"};
        private static final String[] TAG_CLASSES = java.util.Arrays.stream(RagStatus.values())
                .map(r -> "govuk-tag " + r.tagClass()).toArray(String[]::new);

        public Signal(Kind kind, RagStatus rag, String words) {
            this(kind, rag, words, null);
        }

        /** "Green", "Amber", "Red" or "Not known": the tag the board shows. */
        public String tag() {
            return TAGS[rag.ordinal()];
        }

        /** The tag's classes, colour included. */
        public String tagClass() {
            return TAG_CLASSES[rag.ordinal()];
        }
    }

    /**
     * One apprentice's row. {@code ilrErrors} is null while the ILR return's check has not looked at them;
     * {@code signaturesWaitingSince} is the day the oldest document still waiting for a signature was sent, null when
     * none waits.
     */
    public record Row(ApprenticeshipId apprenticeshipId, String learnerName, UUID tutorId, String tutorName,
            UUID employerId, String employerName, String standard, String status, List<Signal> signals,
            BigDecimal shortfallHours, LocalDate reviewDue, Long ilrErrors, LocalDate signaturesWaitingSince) {

        public long count(RagStatus rag) {
            long n = 0;
            for (Signal s : signals) {
                n += s.rag() == rag ? 1 : 0;
            }
            return n;
        }

        /** Where the apprenticeship's record is. */
        public String href() {
            return "/apprenticeships/" + apprenticeshipId;
        }

        /** The line under the name: employer, standard and status. */
        public String summary() {
            return employerName + ", " + standard + ", " + status;
        }

        /** Red first, then amber, then not known. */
        int concern() {
            return (int) (count(RagStatus.RED) * 100 + count(RagStatus.AMBER) * 10 + count(RagStatus.UNKNOWN));
        }
    }

    public enum Sort {
        NAME, CONCERN, OFF_THE_JOB, REVIEW, SIGNATURES, ILR_ERRORS;

        public static Sort of(String typed) {
            if (typed == null || typed.isBlank()) {
                return NAME;
            }
            return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(typed.strip().replace('-', '_')))
                    .findFirst().orElseThrow(() -> new FieldValidationException("sort",
                            "Sort by name, concern, off-the-job, review, signatures or ILR errors"));
        }
    }

    /** The counts at the top of the board. */
    public record Counts(long apprentices, long withRed, long withAmberOnly, long allGreen) {
    }

    public record Board(List<Row> rows, Counts counts, Sort sort) {
    }

    public boolean canRead(CurrentUser user) {
        return user.isStaff();
    }

    /**
     * The board of one tutor's caseload: the signed-in person's own (as the tutor named on each apprenticeship), or,
     * for staff who may see them, the chosen tutor's. Never more than the person may see.
     */
    @Transactional
    public Board board(CurrentUser user, Optional<UUID> tutor, Sort sort) {
        if (!canRead(user)) {
            throw new AccessDeniedException("The caseload board is for staff");
        }
        ApprenticeshipScope scope = access.scopeOf(user);
        List<Row> rows = read(scope, tutor.orElse(null), tutor.isPresent() ? null : user.id());
        Comparator<Row> byName = Comparator.comparing(Row::learnerName, String.CASE_INSENSITIVE_ORDER);
        rows.sort(switch (sort) {
            case NAME -> byName;
            case CONCERN -> Comparator.comparing(Row::concern).reversed().thenComparing(byName);
            case OFF_THE_JOB -> Comparator.comparing((Row r) -> r.shortfallHours() == null ? BigDecimal.ZERO
                    : r.shortfallHours()).reversed().thenComparing(byName);
            case REVIEW -> Comparator.comparing(Row::reviewDue, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(byName);
            case SIGNATURES -> Comparator.comparing(Row::signaturesWaitingSince,
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName);
            // most errors first, then those not checked (not known), then none
            case ILR_ERRORS -> Comparator.comparing((Row r) -> r.ilrErrors() == null ? 0.5 : r.ilrErrors())
                    .reversed().thenComparing(byName);
        });
        long red = rows.stream().filter(r -> r.count(RagStatus.RED) > 0).count();
        long amber = rows.stream().filter(r -> r.count(RagStatus.RED) == 0 && r.count(RagStatus.AMBER) > 0).count();
        long green = rows.stream().filter(r -> r.signals().stream().allMatch(s -> s.rag() == RagStatus.GREEN)).count();
        return new Board(rows, new Counts(rows.size(), red, amber, green), sort);
    }

    public enum By {
        TUTOR, EMPLOYER, STANDARD;

        public static By of(String typed) {
            if (typed == null || typed.isBlank()) {
                return TUTOR;
            }
            return Arrays.stream(values()).filter(b -> b.name().equalsIgnoreCase(typed.strip())).findFirst()
                    .orElseThrow(() -> new FieldValidationException("by", "Group by tutor, employer or standard"));
        }
    }

    /** One group of the overview: how many apprentices, and for each signal how many are red, amber and not known. */
    public record Group(String key, String label, long apprentices, Map<Kind, Long> red, Map<Kind, Long> amber,
            Map<Kind, Long> unknown) {
    }

    /**
     * Every active apprenticeship's row, whoever may see it: what the kept overview ({@link KeptOverview}) counts,
     * narrowed to each reader's scope when it is read.
     */
    List<Row> everyActive() {
        return read(ApprenticeshipScope.everyone(), null, null);
    }

    private List<Row> read(ApprenticeshipScope scope, UUID tutor, UUID ownAccount) {
        offTheJob.bringPaceUpToDate();
        OffTheJobHours.StatusRule rule = offTheJob.statusRule();
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        params.put("today", today);
        String tutorCondition = "";
        if (ownAccount != null && tutor == null) {
            // the signed-in tutor's staff record first: as "tutor_id IN (SELECT ...)" the planner joined every active
            // apprenticeship before narrowing to the caseload (1 s at 100,000 apprenticeships; docs/performance.md);
            // a member of staff's own scope already names it
            tutor = scope.kind() == ApprenticeshipScope.Kind.STAFF ? scope.id()
                    : jdbc.sql("SELECT id FROM organisation.staff_member WHERE account_id = :me")
                    .param("me", ownAccount).query(UUID.class).optional().orElse(null);
            if (tutor == null) {
                return new ArrayList<>();
            }
        }
        if (tutor != null) {
            tutorCondition = " AND a.tutor_id = :tutor";
            params.put("tutor", tutor);
        }
        List<Partial> partials = jdbc.sql("""
                        SELECT a.id, l.full_name, a.tutor_id, st.name, a.employer_id, e.name, a.standard_reference,
                               a.status, coalesce(p.planned_hours, 0), p.expected_hours, p.minimum_hours IS NOT NULL,
                               p.approved_minutes / 60.0, p.id_known, r.due_date, a.learner_id, k.signal_codes,
                               k.apprenticeship_id IS NOT NULL, c.stage,
                               pt.programme_type = 'APPRENTICESHIP_UNIT'
                        FROM enrolment.apprenticeship a
                                 JOIN organisation.learner l ON l.id = a.learner_id
                                 JOIN organisation.employer e ON e.id = a.employer_id
                                 LEFT JOIN organisation.staff_member st ON st.id = a.tutor_id
                                 LEFT JOIN (SELECT apprenticeship_id, planned_hours, expected_hours, minimum_hours,
                                                   approved_minutes, TRUE AS id_known
                                            FROM otj.pace) p ON p.apprenticeship_id = a.id
                                 -- an apprenticeship has at most one open review: its due date is the next one
                                 LEFT JOIN review.progress_review r
                                           ON r.apprenticeship_id = a.id AND r.state IN ('DUE', 'PLANNED')
                                 LEFT JOIN supportcase.at_risk k ON k.apprenticeship_id = a.id
                                 LEFT JOIN supportcase.open_case c ON c.apprenticeship_id = a.id
                                 LEFT JOIN catalogue.standard_programme_type pt
                                           ON pt.reference_number = a.standard_reference
                                               AND pt.version = a.standard_version
                        WHERE a.status IN ('IN_LEARNING', 'BREAK_IN_LEARNING', 'GATEWAY', 'END_POINT_ASSESSMENT')
                          AND""" + " " + scope.sqlCondition() + tutorCondition)
                .params(params)
                .query((rs, n) -> {
                    List<Signal> signals = new ArrayList<>();
                    BigDecimal shortfall = null;
                    if (rs.getBoolean(13)) {
                        BigDecimal expected = rs.getBigDecimal(10).setScale(1, RoundingMode.HALF_UP);
                        BigDecimal approved = rs.getBigDecimal(12).setScale(1, RoundingMode.HALF_UP);
                        RagStatus pace = rule.statusOf(approved, expected, rs.getBoolean(11), rs.getBigDecimal(9));
                        shortfall = expected.subtract(approved).max(BigDecimal.ZERO);
                        signals.add(new Signal(Kind.OFF_THE_JOB, pace, pace.words() + ": " + plain(approved) + " of "
                                + plain(expected) + " hours expected to date"));
                    } else {
                        signals.add(new Signal(Kind.OFF_THE_JOB, RagStatus.UNKNOWN, "Not yet worked out"));
                    }
                    LocalDate due = rs.getObject(14, LocalDate.class);
                    signals.add(due == null ? new Signal(Kind.REVIEW, RagStatus.UNKNOWN, "None planned")
                            : due.isBefore(today) ? new Signal(Kind.REVIEW, RagStatus.RED, "Overdue since "
                            + GovUkDates.date(due))
                            : !due.isAfter(today.plusDays(REVIEW_SOON_DAYS)) ? new Signal(Kind.REVIEW,
                            RagStatus.AMBER, "Due " + GovUkDates.date(due))
                            : new Signal(Kind.REVIEW, RagStatus.GREEN, "Next due " + GovUkDates.date(due)));
                    boolean checked = rs.getBoolean(17);
                    List<String> codes = checked && rs.getArray(16) != null
                            ? List.of((String[]) rs.getArray(16).getArray()) : List.of();
                    signals.add(checkSignal(Kind.SESSIONS, "SESSION_CADENCE", checked, codes,
                            "No teaching session within the provider's interval"));
                    // an apprenticeship unit has no English and maths (docs/domain/programme-types.md)
                    signals.add(rs.getBoolean(19) ? new Signal(Kind.ENGLISH_MATHS, RagStatus.GREEN,
                            "Does not apply: an apprenticeship unit")
                            : checkSignal(Kind.ENGLISH_MATHS, "ENGLISH_MATHS", checked, codes,
                            "Not achieved as the planned gateway nears"));
                    signals.add(checkSignal(Kind.KSB, "KSB_COVERAGE", checked, codes,
                            "Behind the share of the programme gone"));
                    signals.add(checkSignal(Kind.ACTIONS, "OVERDUE_ACTIONS", checked, codes, "Actions overdue"));
                    String stage = rs.getString(18);
                    signals.add(stage == null ? new Signal(Kind.SUPPORT, RagStatus.GREEN, "No open case")
                            : FORMAL.contains(stage) ? new Signal(Kind.SUPPORT, RagStatus.RED,
                            "Stage " + stage.substring(6) + " (formal)")
                            : INFORMAL.contains(stage) ? new Signal(Kind.SUPPORT, RagStatus.AMBER,
                            "Stage " + stage.substring(6) + " (informal)")
                            : new Signal(Kind.SUPPORT, RagStatus.GREEN, "Open case, no stage under way"));
                    return new Partial(new Row(new ApprenticeshipId(rs.getObject(1, UUID.class)), rs.getString(2),
                            rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, UUID.class),
                            rs.getString(6), rs.getString(7),
                            waypoint.enrolment.ApprenticeshipStatus.valueOf(rs.getString(8)).words(), signals,
                            shortfall, due, null, null), rs.getObject(15, UUID.class));
                }).list();
        Map<ApprenticeshipId, List<SignaturesWaiting.Item>> waiting = signaturesWaiting(partials.stream()
                .map(p -> p.row().apprenticeshipId()).toList());
        int chaseAfter = waiting.isEmpty() ? 0 : reviewSignatures.chaseAfterDays();
        Optional<IlrChecks.LearnerFindings> ilr = ilrChecks.findingsOf(partials.stream().map(Partial::learnerId)
                .distinct().toList());
        List<Row> rows = new ArrayList<>(partials.size());
        for (Partial p : partials) {
            Row r = p.row();
            Map<Kind, Signal> byKind = new EnumMap<>(Kind.class);
            r.signals().forEach(s -> byKind.put(s.kind(), s));
            List<SignaturesWaiting.Item> items = waiting.getOrDefault(r.apprenticeshipId(), List.of());
            byKind.put(Kind.SIGNATURES, SignaturesWaiting.judge(items, today, chaseAfter, calendar));
            LocalDate since = items.stream().map(SignaturesWaiting.Item::since).min(Comparator.naturalOrder())
                    .orElse(null);
            Long errors = ilr.map(found -> found.checked().get(p.learnerId())).map(IlrChecks.Findings::errors)
                    .orElse(null);
            byKind.put(Kind.ILR_ERRORS, ilrSignal(ilr, p.learnerId()));
            rows.add(new Row(r.apprenticeshipId(), r.learnerName(), r.tutorId(), r.tutorName(), r.employerId(),
                    r.employerName(), r.standard(), r.status(), List.copyOf(byKind.values()), r.shortfallHours(),
                    r.reviewDue(), errors, since));
        }
        return rows;
    }

    /** A row before the signals read apart from the caseload's query, with the learner the ILR check names. */
    private record Partial(Row row, UUID learnerId) {
    }

    /**
     * The documents of these apprenticeships waiting for someone's signature: the newest version of each training
     * plan not yet signed by all three parties (read from the views enrolment publishes), the "ready" gateway meeting
     * record not yet signed by all three (the view epa publishes; docs/domain/gateway-and-epa.md), both in one query,
     * and the progress reviews sent for signatures (through the review module). Two queries, whatever the number of
     * apprenticeships.
     */
    private Map<ApprenticeshipId, List<SignaturesWaiting.Item>> signaturesWaiting(List<ApprenticeshipId> ids) {
        Map<ApprenticeshipId, List<SignaturesWaiting.Item>> waiting = new HashMap<>();
        if (ids.isEmpty()) {
            return waiting;
        }
        jdbc.sql("""
                        SELECT 'TRAINING_PLAN', p.apprenticeship_id, p.number, p.since, p.missing
                        FROM (SELECT DISTINCT ON (v.apprenticeship_id) v.apprenticeship_id, v.number,
                                     (v.created_at AT TIME ZONE 'Europe/London')::date AS since,
                                     ARRAY(SELECT u.party
                                           FROM unnest(ARRAY['LEARNER', 'EMPLOYER', 'PROVIDER']) WITH ORDINALITY
                                                    AS u (party, position)
                                           WHERE u.party NOT IN (SELECT s.party FROM enrolment.onboarding_signature s
                                                                 WHERE s.apprenticeship_id = v.apprenticeship_id
                                                                   AND s.document = 'TRAINING_PLAN'
                                                                   AND s.document_version = v.number)
                                           ORDER BY u.position) AS missing
                              FROM enrolment.training_plan_version v
                              WHERE v.apprenticeship_id = ANY(:ids)
                              ORDER BY v.apprenticeship_id, v.number DESC) p
                        WHERE cardinality(p.missing) > 0
                        UNION ALL
                        SELECT 'GATEWAY', g.apprenticeship_id, 0, min(g.waiting_since),
                               array_agg(g.party ORDER BY array_position(ARRAY['APPRENTICE', 'EMPLOYER', 'MENTOR'],
                                                                         g.party))
                        FROM epa.gateway_signature_waiting g
                        WHERE g.apprenticeship_id = ANY(:ids)
                        GROUP BY g.apprenticeship_id""")
                .param("ids", ids.stream().map(ApprenticeshipId::value).toArray(UUID[]::new))
                .query(rs -> {
                    List<String> missing = Arrays.stream((String[]) rs.getArray(5).getArray())
                            .map(code -> PARTIES.getOrDefault(code, code)).toList();
                    String document = "GATEWAY".equals(rs.getString(1)) ? "Gateway meeting record"
                            : "Training plan version " + rs.getInt(3);
                    waiting.computeIfAbsent(new ApprenticeshipId(rs.getObject(2, UUID.class)),
                                    k -> new ArrayList<>())
                            .add(new SignaturesWaiting.Item(document, missing, rs.getObject(4, LocalDate.class)));
                });
        for (ReviewSignaturesWaiting.Waiting w : reviewSignatures.waiting(ids)) {
            waiting.computeIfAbsent(w.apprenticeshipId(), k -> new ArrayList<>())
                    .add(new SignaturesWaiting.Item("Progress review " + w.reviewNumber(), w.parties(),
                            w.since().atZone(GovUkDates.LONDON).toLocalDate()));
        }
        return waiting;
    }

    /**
     * The parties who sign, as the views name them, in words: enrolment's training plan signers, and epa's gateway
     * meeting record signers (its mentor is the training provider's member of staff who held the meeting).
     */
    private static final Map<String, String> PARTIES = Map.of(
            "LEARNER", "Apprentice",
            "EMPLOYER", "Employer",
            "PROVIDER", "Training provider",
            "APPRENTICE", "Apprentice",
            "MENTOR", "Training provider");

    /**
     * The errors the kept check of the ILR return being worked on found for the apprentice, linked to where the
     * return's page lists them: red with any error, green with none; not known while the return, or the apprentice,
     * has not been checked (docs/domain/ilr.md, "Checking a return before upload").
     */
    private static Signal ilrSignal(Optional<IlrChecks.LearnerFindings> ilr, UUID learnerId) {
        if (ilr.isEmpty()) {
            return new Signal(Kind.ILR_ERRORS, RagStatus.UNKNOWN, "Not checked yet: the ILR return has not been"
                    + " checked");
        }
        IlrChecks.LearnerFindings found = ilr.get();
        IlrChecks.Findings mine = found.checked().get(learnerId);
        String ret = found.year().name() + " " + found.period().name() + " ILR return";
        if (mine == null) {
            return new Signal(Kind.ILR_ERRORS, RagStatus.UNKNOWN, "Not checked yet in the " + ret);
        }
        String warnings = mine.warnings() == 0 ? "" : mine.warnings() == 1 ? " and 1 warning"
                : " and " + mine.warnings() + " warnings";
        if (mine.errors() > 0) {
            return new Signal(Kind.ILR_ERRORS, RagStatus.RED, mine.errors() + (mine.errors() == 1 ? " error"
                    : " errors") + warnings + " in the " + ret, found.href(learnerId));
        }
        return new Signal(Kind.ILR_ERRORS, RagStatus.GREEN, "No errors" + warnings + " in the " + ret,
                mine.warnings() == 0 ? null : found.href(learnerId));
    }

    private static Signal checkSignal(Kind kind, String code, boolean checked, List<String> codes, String words) {
        if (!checked) {
            return new Signal(kind, RagStatus.UNKNOWN, "Not yet checked");
        }
        return codes.contains(code) ? new Signal(kind, RagStatus.RED, words)
                : new Signal(kind, RagStatus.GREEN, "No concern");
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
