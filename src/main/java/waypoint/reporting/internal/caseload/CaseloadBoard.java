package waypoint.reporting.internal.caseload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.otj.OffTheJobHours;
import waypoint.otj.RagStatus;
import waypoint.reporting.internal.ReportDates;
import waypoint.shared.web.FieldValidationException;

/**
 * The caseload board (docs/domain/accountability.md, "The caseload board"): every active apprenticeship a member of
 * staff may see, one row each, with each signal Waypoint knows as red, amber or green in words, and the head of
 * delivery's overview of the same by tutor, employer or standard. The signals come from the modules that keep them,
 * through the views they publish: the off-the-job pace of the day (judged by the off-the-job module's rule), progress
 * reviews, the support module's at-risk check (sessions, English and maths, KSB coverage, overdue actions) and open
 * support cases. One query for the whole caseload, whatever its size; a signal not yet worked out is "not known",
 * never green.
 */
@Service
public class CaseloadBoard {

    /** A review due within this many days is amber. */
    static final int REVIEW_SOON_DAYS = 14;

    private final JdbcClient jdbc;
    private final ApprenticeshipAccess access;
    private final OffTheJobHours offTheJob;
    private final Clock clock;

    CaseloadBoard(JdbcClient jdbc, ApprenticeshipAccess access, OffTheJobHours offTheJob, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.offTheJob = offTheJob;
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
        SUPPORT("Support stage");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public record Signal(Kind kind, RagStatus rag, String words) {
    }

    public record Row(UUID apprenticeshipId, String learnerName, UUID tutorId, String tutorName, UUID employerId,
            String employerName, String standard, String status, List<Signal> signals, BigDecimal shortfallHours,
            LocalDate reviewDue) {

        public long count(RagStatus rag) {
            return signals.stream().filter(s -> s.rag() == rag).count();
        }

        /** Red first, then amber, then not known. */
        int concern() {
            return (int) (count(RagStatus.RED) * 100 + count(RagStatus.AMBER) * 10 + count(RagStatus.UNKNOWN));
        }
    }

    public enum Sort {
        NAME, CONCERN, OFF_THE_JOB, REVIEW;

        public static Sort of(String typed) {
            if (typed == null || typed.isBlank()) {
                return NAME;
            }
            return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(typed.strip().replace('-', '_')))
                    .findFirst().orElseThrow(() -> new FieldValidationException("sort",
                            "Sort by name, concern, off-the-job or review"));
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

    /** One group of the overview: how many apprentices, and for each signal how many are red and amber. */
    public record Group(String key, String label, long apprentices, Map<Kind, Long> red, Map<Kind, Long> amber) {
    }

    /** The head of delivery's overview: the same signals by tutor, employer or standard (provider-wide staff). */
    @Transactional
    public List<Group> overview(CurrentUser user, By by) {
        if (!canRead(user)) {
            throw new AccessDeniedException("The caseload overview is for staff");
        }
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (Row r : read(access.scopeOf(user), null, null)) {
            String key = switch (by) {
                case TUTOR -> String.valueOf(r.tutorId());
                case EMPLOYER -> String.valueOf(r.employerId());
                case STANDARD -> r.standard();
            };
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            labels.putIfAbsent(key, switch (by) {
                case TUTOR -> r.tutorName() == null ? "No tutor" : r.tutorName();
                case EMPLOYER -> r.employerName();
                case STANDARD -> r.standard();
            });
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((key, rows) -> {
            Map<Kind, Long> red = new LinkedHashMap<>();
            Map<Kind, Long> amber = new LinkedHashMap<>();
            for (Kind k : Kind.values()) {
                red.put(k, rows.stream().flatMap(r -> r.signals().stream())
                        .filter(s -> s.kind() == k && s.rag() == RagStatus.RED).count());
                amber.put(k, rows.stream().flatMap(r -> r.signals().stream())
                        .filter(s -> s.kind() == k && s.rag() == RagStatus.AMBER).count());
            }
            result.add(new Group(key, labels.get(key), rows.size(), red, amber));
        });
        result.sort(Comparator.comparing(Group::label, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        return result;
    }

    private List<Row> read(ApprenticeshipScope scope, UUID tutor, UUID ownAccount) {
        offTheJob.bringPaceUpToDate();
        OffTheJobHours.StatusRule rule = offTheJob.statusRule();
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        params.put("today", today);
        String tutorCondition = "";
        if (tutor != null) {
            tutorCondition = " AND a.tutor_id = :tutor";
            params.put("tutor", tutor);
        } else if (ownAccount != null) {
            tutorCondition = " AND a.tutor_id IN (SELECT s.id FROM organisation.staff_member s WHERE s.account_id = :me)";
            params.put("me", ownAccount);
        }
        ReportDates dates = new ReportDates();
        return jdbc.sql("""
                        SELECT a.id, l.full_name, a.tutor_id, st.name, a.employer_id, e.name, a.standard_reference,
                               a.status, coalesce(p.planned_hours, 0), p.expected_hours, p.minimum_hours IS NOT NULL,
                               p.approved_minutes / 60.0, p.id_known, r.next_due, r.waiting, k.signal_codes,
                               k.apprenticeship_id IS NOT NULL, c.stage,
                               pt.programme_type = 'APPRENTICESHIP_UNIT'
                        FROM enrolment.apprenticeship a
                                 JOIN organisation.learner l ON l.id = a.learner_id
                                 JOIN organisation.employer e ON e.id = a.employer_id
                                 LEFT JOIN organisation.staff_member st ON st.id = a.tutor_id
                                 LEFT JOIN (SELECT apprenticeship_id, planned_hours, expected_hours, minimum_hours,
                                                   approved_minutes, TRUE AS id_known
                                            FROM otj.pace) p ON p.apprenticeship_id = a.id
                                 LEFT JOIN (SELECT apprenticeship_id,
                                                   min(due_date) FILTER (WHERE state IN ('DUE', 'PLANNED')) AS next_due,
                                                   count(*) FILTER (WHERE state = 'AWAITING_SIGNATURES') AS waiting
                                            FROM review.progress_review GROUP BY apprenticeship_id) r
                                           ON r.apprenticeship_id = a.id
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
                            + dates.day(due))
                            : !due.isAfter(today.plusDays(REVIEW_SOON_DAYS)) ? new Signal(Kind.REVIEW,
                            RagStatus.AMBER, "Due " + dates.day(due))
                            : new Signal(Kind.REVIEW, RagStatus.GREEN, "Next due " + dates.day(due)));
                    long waiting = rs.getLong(15);
                    signals.add(waiting > 0 ? new Signal(Kind.SIGNATURES, RagStatus.AMBER, waiting
                            + (waiting == 1 ? " review waiting" : " reviews waiting") + " for signatures")
                            : new Signal(Kind.SIGNATURES, RagStatus.GREEN, "None waiting"));
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
                            : stage.matches("STAGE_[345]") ? new Signal(Kind.SUPPORT, RagStatus.RED,
                            "Stage " + stage.substring(6) + " (formal)")
                            : stage.matches("STAGE_[12]") ? new Signal(Kind.SUPPORT, RagStatus.AMBER,
                            "Stage " + stage.substring(6) + " (informal)")
                            : new Signal(Kind.SUPPORT, RagStatus.GREEN, "Open case, no stage under way"));
                    return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7),
                            waypoint.enrolment.ApprenticeshipStatus.valueOf(rs.getString(8)).words(), signals,
                            shortfall, due);
                }).list();
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
