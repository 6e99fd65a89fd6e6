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
import waypoint.enrolment.internal.Csv;
import waypoint.identity.CurrentUser;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

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

    ApprenticeshipFileImport(ApprenticeshipService apprenticeships, OrganisationImport organisation,
            ApprenticeshipPolicy policy, ApprenticeshipViewers viewers, TransactionTemplate transaction) {
        this.apprenticeships = apprenticeships;
        this.organisation = organisation;
        this.policy = policy;
        this.viewers = viewers;
        this.transaction = transaction;
    }

    /** The template to fill in: the header and one example row. */
    public static String template() {
        return String.join(",", COLUMNS) + "\r\n"
                + "Amina,Khan,2004-05-06,1000000043,amina.khan@example.com,LS1 1AA,Northgate Engineering Ltd,"
                + "erin.employer@example.com,ST0116,taylor.tutor@example.com,2026-09-01,2028-03-01,37.5,,\r\n";
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
        List<List<String>> records = Csv.read(csv == null ? "" : csv);
        List<RowProblem> fileProblems = fileProblems(records);
        if (!fileProblems.isEmpty()) {
            return new Outcome(0, fileProblems, false);
        }
        List<List<String>> rows = records.subList(1, records.size());
        List<RowProblem> problems = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < rows.size(); i++) {
                try {
                    row(user, i + 2, row(rows.get(i)), problems);
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

    private static Map<String, String> row(List<String> values) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            String value = c < values.size() ? values.get(c).strip() : "";
            row.put(COLUMNS.get(c), value.isEmpty() ? null : value);
        }
        return row;
    }

    private void row(CurrentUser user, int line, Map<String, String> row, List<RowProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID employer = find(row, "employer", organisation::findEmployer, "There is no employer named", errors);
        UUID manager = find(row, "line_manager_email", organisation::findContact, "There is no employer contact with"
                + " the email", errors);
        UUID tutor = find(row, "tutor_email", organisation::findStaff, "There is no member of staff with the email",
                errors);
        LocalDate birth = date(row, "date_of_birth", errors);
        LocalDate start = date(row, "start_date", errors);
        LocalDate end = date(row, "planned_end_date", errors);
        LocalDate statusDate = date(row, "status_date", errors);
        BigDecimal hours = null;
        try {
            hours = row.get("weekly_hours") == null ? null : new BigDecimal(row.get("weekly_hours"));
        } catch (NumberFormatException notANumber) {
            errors.put("weekly_hours", "Weekly hours must be a number, like 37.5");
        }
        ApprenticeshipStatus status = null;
        if (row.get("status") != null) {
            status = Arrays.stream(ApprenticeshipStatus.values())
                    .filter(s -> s.name().equalsIgnoreCase(row.get("status").replace(' ', '_'))
                            || s.words().equalsIgnoreCase(row.get("status")))
                    .findFirst().orElse(null);
            if (status == null) {
                errors.put("status", "The status must be one of: In learning, Break in learning, Gateway,"
                        + " End-point assessment, Completed, Withdrawn; or empty for a new apprenticeship");
            }
        }
        UUID learner = null;
        if (errors.isEmpty()) {
            Optional<UUID> existing = row.get("email") == null ? Optional.empty()
                    : organisation.findLearner(row.get("email"));
            try {
                learner = existing.orElseGet(() -> organisation.learner(new LearnerDetails(row.get("given_names"),
                        row.get("family_name"), birth, row.get("uln"), null, row.get("email"), null, null, null, null,
                        row.get("postcode"), null, null, employer, manager, tutor)));
            } catch (FieldValidationException invalid) {
                invalid.errors().forEach((field, message) -> errors.putIfAbsent(column(field), message));
            }
        }
        if (errors.isEmpty()) {
            NewApprenticeship details = NewApprenticeship.of(learner, employer, manager, row.get("standard"), tutor,
                    start, end, hours);
            if (status != null || statusDate != null) {
                details = details.migrated(new NewApprenticeship.Migration(status, statusDate, null, null));
            }
            try {
                apprenticeships.create(user, details);
            } catch (FieldValidationException invalid) {
                invalid.errors().forEach((field, message) -> errors.putIfAbsent(column(field), message));
            }
        }
        errors.forEach((column, message) -> problems.add(new RowProblem(line, column, message)));
    }

    private static String column(String field) {
        return COLUMN_OF.getOrDefault(field, field);
    }

    private static UUID find(Map<String, String> row, String column, java.util.function.Function<String,
            Optional<UUID>> finder, String notFound, Map<String, String> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        return finder.apply(value).orElseGet(() -> {
            errors.put(column, notFound + " " + value);
            return null;
        });
    }

    private static LocalDate date(Map<String, String> row, String column, Map<String, String> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        return DateText.parse(value).orElseGet(() -> {
            errors.put(column, "Enter a real date, like 2026-09-01 or 1/9/2026");
            return null;
        });
    }
}
