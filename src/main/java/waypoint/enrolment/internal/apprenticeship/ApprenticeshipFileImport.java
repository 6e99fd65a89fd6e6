package waypoint.enrolment.internal.apprenticeship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.internal.Refusals;
import waypoint.identity.CurrentUser;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.organisation.EmployerId;
import waypoint.organisation.StaffMemberId;

/**
 * Learners with their apprenticeships from a CSV file. Every row is checked, in one transaction, exactly as it would
 * be recorded; a check (dry run) and a file with any problem roll it all back, so nothing is imported until the whole
 * file is right, and then all of it is, at once. A learner whose email is already recorded is not added again: the
 * row's apprenticeship is theirs. Learners added from a file get an account but no invitation yet.
 */
@Service
public class ApprenticeshipFileImport {

    /** The columns, in the template's order; the last two are for an apprenticeship under way elsewhere. */
    public static final List<String> COLUMNS = List.of("given_names", "family_name", "date_of_birth", "uln", "email",
            "postcode", "employer", "line_manager_email", "standard", "tutor_email", "start_date", "planned_end_date",
            "weekly_hours", "status", "status_date");

    static final int MOST_ROWS = 1000;

    /** The services' field names → the file's columns, so each problem names the column to correct. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("givenNames", "given_names"),
            Map.entry("familyName", "family_name"), Map.entry("dateOfBirth", "date_of_birth"),
            Map.entry("uln", "uln"), Map.entry("email", "email"), Map.entry("postcode", "postcode"),
            Map.entry("employerId", "employer"), Map.entry("lineManagerId", "line_manager_email"),
            Map.entry("learnerId", "date_of_birth"), Map.entry("standardReference", "standard"),
            Map.entry("tutorId", "tutor_email"), Map.entry("startDate", "start_date"),
            Map.entry("plannedEndDate", "planned_end_date"), Map.entry("weeklyHours", "weekly_hours"),
            Map.entry("status", "status"), Map.entry("statusDate", "status_date"));

    /** One problem: the line of the file (the header is line 1), the column, what is wrong. */
    public record RowProblem(int line, String column, String message) {
    }

    /** What came of a file: the rows read, the problems, and whether they were imported. */
    public record Outcome(int rows, List<RowProblem> problems, boolean imported) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final ApprenticeshipService apprenticeships;
    private final OrganisationImport organisation;
    private final ApprenticeshipPolicy policy;
    private final ApprenticeshipViewers viewers;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;

    ApprenticeshipFileImport(ApprenticeshipService apprenticeships, OrganisationImport organisation,
            ApprenticeshipPolicy policy, ApprenticeshipViewers viewers, TransactionTemplate transaction,
            java.time.Clock clock) {
        this.apprenticeships = apprenticeships;
        this.organisation = organisation;
        this.policy = policy;
        this.viewers = viewers;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * The template to fill in: the header and one example row that imports as it stands: it names an employer, its
     * contact and a tutor this provider has recorded, a new apprentice with a valid ULN of their own, and dates from
     * next month (before there are employers and tutors, it shows made-up ones).
     */
    public String template() {
        OrganisationImport.ImportExample example = organisation.importExample()
                .orElse(new OrganisationImport.ImportExample("Northgate Engineering Ltd", "erin.employer@example.com",
                        "taylor.tutor@example.com"));
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        LocalDate start = LocalDate.now(clock).plusMonths(1).withDayOfMonth(1);
        byte[] file = CsvTable.withColumns(COLUMNS).row("Amina", "Khan", "2004-05-06", exampleUln(random),
                "amina.khan." + random.nextInt(100_000, 1_000_000) + "@example.com", "LS1 1AA",
                example.employerName(), example.contactEmail(), "ST0116", example.tutorEmail(),
                start.toString(), start.plusMonths(18).toString(), "37.5", "", "").toBytes();
        return new String(file, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A valid ULN (its check digit right) that is not the temporary one. */
    static String exampleUln(java.util.random.RandomGenerator random) {
        while (true) {
            String first = "1" + String.format("%08d", random.nextInt(100_000_000));
            java.util.OptionalInt check = waypoint.shared.validation.UlnRule.checkDigit(first);
            if (check.isPresent()) {
                return first + check.getAsInt();
            }
        }
    }

    /** Checks every row and imports nothing. */
    public Outcome check(CurrentUser user, String csv) {
        return run(user, csv, false);
    }

    /** Imports every row, or, if any row has a problem, none. */
    public Outcome importAll(CurrentUser user, String csv) {
        return run(user, csv, true);
    }

    private Outcome run(CurrentUser user, String csv, boolean keep) {
        if (!policy.canImport(viewers.of(user))) {
            throw new AccessDeniedException("Importing apprenticeships is for managers");
        }
        List<List<String>> records;
        try {
            records = CsvTable.read(csv);
        } catch (IllegalArgumentException notCsv) {
            return new Outcome(0, List.of(new RowProblem(0, "", notCsv.getMessage())), false);
        }
        List<RowProblem> fileProblems = fileProblems(records);
        if (!fileProblems.isEmpty()) {
            return new Outcome(0, fileProblems, false);
        }
        List<List<String>> rows = records.subList(1, records.size());
        List<RowProblem> problems = new ArrayList<>();
        Map<Integer, String> repeated = repeatedUlns(rows);
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < rows.size(); i++) {
                try {
                    row(user, i + 2, row(rows.get(i)), repeated.get(i + 2), problems);
                } catch (DataAccessException failed) {
                    // the database refused (two rows racing for one ULN, say): the transaction cannot go on
                    problems.add(new RowProblem(i + 2, "", "This row could not be saved, so the rest were not"
                            + " checked: correct it and check the file again"));
                    break;
                }
            }
            if (!keep || !problems.isEmpty()) {
                status.setRollbackOnly();
            }
        });
        return new Outcome(rows.size(), problems, keep && problems.isEmpty());
    }

    private static List<RowProblem> fileProblems(List<List<String>> records) {
        if (records.isEmpty()) {
            return List.of(new RowProblem(1, "", "The file is empty: start from the template"));
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(COLUMNS)) {
            return List.of(new RowProblem(1, "", "The first line must name the template's columns, in order: "
                    + String.join(", ", COLUMNS)));
        }
        if (records.size() == 1) {
            return List.of(new RowProblem(2, "", "The file has no rows below the column names"));
        }
        if (records.size() - 1 > MOST_ROWS) {
            return List.of(new RowProblem(1, "", "A file may hold at most " + MOST_ROWS + " rows: split it"));
        }
        return List.of();
    }

    /** For each line whose ULN an earlier line of the file already has, the problem to report on it. */
    private static Map<Integer, String> repeatedUlns(List<List<String>> rows) {
        Map<String, Integer> firstLine = new java.util.HashMap<>();
        Map<Integer, String> repeated = new java.util.HashMap<>();
        int ulnColumn = COLUMNS.indexOf("uln");
        for (int i = 0; i < rows.size(); i++) {
            List<String> values = rows.get(i);
            String uln = ulnColumn < values.size() ? values.get(ulnColumn).replaceAll("\\s", "") : "";
            if (uln.isEmpty()) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(uln, i + 2);
            if (earlier != null) {
                repeated.put(i + 2, "The ULN " + uln + " is also on line " + earlier
                        + ": each apprentice appears once in a file");
            }
        }
        return repeated;
    }

    private static Map<String, String> row(List<String> values) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            String value = c < values.size() ? values.get(c).strip() : "";
            row.put(COLUMNS.get(c), value.isEmpty() ? null : value);
        }
        return row;
    }

    /**
     * Checks one row and records it when it is right. Every problem of the row is found in the one pass: the learner
     * is checked even when the employer is unknown, and the apprenticeship (standard, dates, hours, status) even when
     * the learner could not be recorded.
     */
    private void row(CurrentUser user, int line, Map<String, String> row, String repeatedUln,
            List<RowProblem> problems) {
        Refusals refusals = new Refusals();
        if (repeatedUln != null) {
            refusals.refuse("uln", repeatedUln);
        }
        EmployerId employer = find(row, "employer", organisation::findEmployer, "There is no employer named", refusals);
        UUID manager = find(row, "line_manager_email", organisation::findContact, "There is no employer contact with"
                + " the email", refusals);
        StaffMemberId tutor = find(row, "tutor_email", organisation::findStaff, "There is no member of staff with the email",
                refusals);
        LocalDate birth = date(row, "date_of_birth", refusals);
        LocalDate start = date(row, "start_date", refusals);
        LocalDate end = date(row, "planned_end_date", refusals);
        LocalDate statusDate = date(row, "status_date", refusals);
        BigDecimal hours = null;
        try {
            hours = row.get("weekly_hours") == null ? null : new BigDecimal(row.get("weekly_hours"));
        } catch (NumberFormatException notANumber) {
            refusals.refuse("weekly_hours", "Weekly hours must be a number, like 37.5");
        }
        ApprenticeshipStatus status = null;
        if (row.get("status") != null) {
            status = Arrays.stream(ApprenticeshipStatus.values())
                    .filter(s -> s.name().equalsIgnoreCase(row.get("status").replace(' ', '_'))
                            || s.words().equalsIgnoreCase(row.get("status")))
                    .findFirst().orElse(null);
            if (status == null) {
                refusals.refuse("status", "The status must be one of: In learning, Break in learning, Gateway,"
                        + " End-point assessment, Completed, Withdrawn; or empty for a new apprenticeship");
            }
        }
        if (start != null && end != null && !end.isAfter(start)) {
            refusals.refuse("planned_end_date", "The planned end date must be after the start date");
        }
        LearnerId learner = null;
        if (repeatedUln == null) {
            Optional<LearnerId> existing = row.get("email") == null ? Optional.empty()
                    : organisation.findLearner(row.get("email"));
            try {
                learner = existing.orElseGet(() -> organisation.learner(new LearnerDetails(row.get("given_names"),
                        row.get("family_name"), birth, row.get("uln"), null, row.get("email"), null, null, null, null,
                        row.get("postcode"), null, null)));
            } catch (FieldValidationException invalid) {
                invalid.errors().forEach((field, message) -> consequence(refusals, column(field), message));
            }
        }
        NewApprenticeship details = NewApprenticeship.of(learner, employer, manager, row.get("standard"), tutor,
                start, end, hours);
        if (status != null || statusDate != null) {
            details = details.migrated(new NewApprenticeship.Migration(status, statusDate, null, null));
        }
        try {
            if (refusals.none()) {
                apprenticeships.create(user, details);
            } else {
                apprenticeships.check(details);
            }
        } catch (FieldValidationException invalid) {
            boolean learnerMissing = learner == null;
            invalid.errors().forEach((field, message) -> {
                // a learner who could not be recorded, or a reference already reported, is not reported again
                if (!(learnerMissing && "learnerId".equals(field))) {
                    consequence(refusals, column(field), message);
                }
            });
        }
        refusals.forEach((column, message) -> problems.add(new RowProblem(line, column, message)));
    }

    /**
     * A later check's problem, unless the column already has one or it only follows from another: a line manager
     * cannot be checked against an employer the file names wrongly.
     */
    private static void consequence(Refusals refusals, String column, String message) {
        if ("line_manager_email".equals(column) && refusals.refused("employer")) {
            return;
        }
        refusals.refuse(column, message);
    }

    private static String column(String field) {
        return COLUMN_OF.getOrDefault(field, field);
    }

    private static <T> T find(Map<String, String> row, String column, java.util.function.Function<String,
            Optional<T>> finder, String notFound, Refusals refusals) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        return finder.apply(value).orElseGet(() -> {
            refusals.refuse(column, notFound + " " + value);
            return null;
        });
    }

    private static LocalDate date(Map<String, String> row, String column, Refusals refusals) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        return DateText.parse(value).orElseGet(() -> {
            refusals.refuse(column, "Enter a real date, like 2026-09-01 or 1/9/2026");
            return null;
        });
    }
}
