package waypoint.enrolment.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import waypoint.enrolment.internal.apprenticeship.Choices;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport.Finding;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport.Outcome;
import waypoint.identity.CurrentUser;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.validation.RequiredWhen;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedNumber;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.organisation.StaffMemberId;

/**
 * Bringing apprentices in from another system's ILR file through the API (docs/domain/ilr-import.md): the same
 * checks as the page, a dry run by default, then all or nothing. A file that cannot be imported is a 422 problem
 * listing every problem per learner and line.
 */
@RestController
@RequestMapping(IlrImportLimit.API)
@Tag(name = "ILR import", description = "Apprentices brought in from another system's ILR file (2025-26): for"
        + " administrators and the data officer")
class IlrImportsApi {

    private final IlrApprenticeshipImport ilr;
    private final Choices choices;
    private final OrganisationImport organisation;
    private final Validator validator;

    IlrImportsApi(IlrApprenticeshipImport ilr, Choices choices, OrganisationImport organisation,
            Validator validator) {
        this.ilr = ilr;
        this.choices = choices;
        this.organisation = organisation;
        this.validator = validator;
    }

    /**
     * The multipart request's parts, in the API's words: the file, a tutor (an id or an email, found after), the
     * weekly hours unless every apprentice has their own, and the date of return (2027-01-15) of those on a break.
     */
    @RequiredWhen(field = "weeklyHours", when = "learnerHours", is = "", message = Request.WEEKLY_HOURS)
    record Request(
            @NotNull(message = "Send the ILR file (XML) as the part 'file'") MultipartFile file,
            @NotBlank(message = Request.TUTOR) String tutor,
            @TypedNumber(message = Request.WEEKLY_HOURS)
            @DecimalMin(value = "0", inclusive = false, message = Request.WEEKLY_HOURS)
            @DecimalMax(value = IlrImportForm.MOST_HOURS, message = Request.WEEKLY_HOURS) String weeklyHours,
            @Pattern(regexp = "\\s*|\\s*\\d{4}-\\d{2}-\\d{2}\\s*", message = Request.RETURN_DATE)
            @TypedDate(message = Request.RETURN_DATE) String breakExpectedReturn,
            String learnerHours) {

        static final String TUTOR = "Give the id or email of a tutor: every apprentice brought in is on their"
                + " caseload";
        static final String WEEKLY_HOURS = "Give the apprentices' contracted weekly hours, like 30 or 37.5";
        static final String RETURN_DATE = "Give the date apprentices on a break expect to return like 2027-01-15";

        Request {
            file = file == null || file.isEmpty() ? null : file;
            weeklyHours = weeklyHours == null ? null : weeklyHours.strip();
        }

        BigDecimal hours() {
            return TypedValues.number(weeklyHours).orElse(null);
        }

        java.time.LocalDate expectedReturn() {
            return TypedValues.date(breakExpectedReturn).orElse(null);
        }
    }

    /** One thing listed about a learner of the file. */
    record LearnerFinding(String learnRefNumber, int line, String learner, String field, String message) {

        static List<LearnerFinding> of(List<Finding> findings) {
            return findings.stream().map(f -> new LearnerFinding(f.learnRefNumber(), f.line(), f.learner(),
                    f.field(), f.message())).toList();
        }
    }

    record FileProblem(int line, String message) {
    }

    /** What came of the file: counts, and what is listed per learner. */
    record ImportResult(boolean dryRun, boolean imported, int learnersRead, int apprentices,
            List<LearnerFinding> notBroughtIn, List<LearnerFinding> notes, List<LearnerFinding> rules) {
    }

    @Operation(summary = "Check (dryRun=true, the default) or import an ILR file",
            description = "Multipart: file (the ILR XML, up to 100 MB), tutor (the id or email of the tutor of every"
                    + " apprentice brought in), weeklyHours (their contracted weekly hours: the file carries only a"
                    + " band), learnerHours (learners' own weekly hours, one a line: learner reference number then"
                    + " hours, like MIG0000101 37.5; weeklyHours is then for the others, and optional when every"
                    + " apprentice has their own), breakExpectedReturn (the date, like 2027-01-15, apprentices on a break in learning expect to return:"
                    + " the file does not say, and a break needs it), dryRun. Only learners with an apprenticeship programme aim (funding model 36) are"
                    + " brought in; the rest are listed as not brought in.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(CurrentUser user, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String tutor, @RequestParam(required = false) String weeklyHours,
            @RequestParam(required = false) String breakExpectedReturn,
            @RequestParam(required = false) String learnerHours,
            @RequestParam(defaultValue = "true") boolean dryRun) throws IOException {
        if (!ilr.mayImport(user)) {
            throw new AccessDeniedException("Bringing apprentices in from an ILR file is for administrators and the"
                    + " data officer");
        }
        Request request = new Request(file, tutor, weeklyHours, breakExpectedReturn, learnerHours);
        FormChecks.require(validator, request);
        if (file.getSize() > IlrImportLimit.MOST_BYTES) {
            throw new FieldValidationException("file", IlrImportLimit.TOO_LARGE);
        }
        UUID tutorId = tutor(tutor).orElseThrow(() -> new FieldValidationException("tutor", Request.TUTOR));
        Map<String, BigDecimal> byLearner = IlrImportForm.hoursByLearner(learnerHours);
        BigDecimal hours = request.hours();
        java.time.LocalDate expectedReturn = request.expectedReturn();
        Path path = Files.createTempFile("ilr-import-", ".xml");
        try {
            file.transferTo(path);
            IlrApprenticeshipImport.Chosen chosen = new IlrApprenticeshipImport.Chosen(tutorId, hours,
                    expectedReturn, byLearner);
            Outcome outcome = dryRun ? ilr.check(user, path, chosen) : ilr.importAll(user, path, chosen);
            if (!outcome.isValid()) {
                return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem(outcome));
            }
            return ResponseEntity.status(outcome.imported() ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(new ImportResult(dryRun, outcome.imported(), outcome.learnersRead(), outcome.apprentices(),
                            LearnerFinding.of(outcome.notBroughtIn()), LearnerFinding.of(outcome.notes()),
                            LearnerFinding.of(outcome.rules())));
        } finally {
            Files.deleteIfExists(path);
        }
    }

    private Optional<UUID> tutor(String tutor) {
        if (tutor == null || tutor.isBlank()) {
            return Optional.empty();
        }
        Optional<UUID> id;
        try {
            id = Optional.of(UUID.fromString(tutor.strip()));
        } catch (IllegalArgumentException notAnId) {
            id = organisation.findStaff(tutor.strip()).map(StaffMemberId::value);
        }
        return id.filter(found -> choices.tutors().stream().anyMatch(t -> t.value().equals(found.toString())));
    }

    private static ProblemDetail problem(Outcome outcome) {
        int count = outcome.fileProblems().size() + outcome.problems().size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "The file has "
                + count + (count == 1 ? " problem" : " problems") + ": nothing was imported");
        problem.setTitle("The ILR file cannot be imported");
        problem.setType(URI.create("https://waypoint.test/problems/ilr-import"));
        problem.setProperty("fileProblems", outcome.fileProblems().stream()
                .map(p -> new FileProblem(p.line(), p.message())).toList());
        problem.setProperty("problems", LearnerFinding.of(outcome.problems()));
        problem.setProperty("notBroughtIn", LearnerFinding.of(outcome.notBroughtIn()));
        problem.setProperty("notes", LearnerFinding.of(outcome.notes()));
        problem.setProperty("rules", LearnerFinding.of(outcome.rules()));
        return problem;
    }
}
