package waypoint.organisation.web.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.identity.CurrentUser;
import waypoint.organisation.LearnerId;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.learner.DeclarationDetails;
import waypoint.organisation.internal.learner.DeclarationService;
import waypoint.organisation.IlrDetails;
import waypoint.organisation.internal.learner.IlrDetailsService;
import waypoint.organisation.internal.learner.IlrFacts;
import waypoint.organisation.internal.learner.LearnerQueries;
import waypoint.organisation.internal.learner.LearnerRow;
import waypoint.organisation.internal.learner.LearnerService;
import waypoint.organisation.internal.learner.LearnerView;
import waypoint.shared.web.FormChecks;
import waypoint.organisation.EmployerId;

@RestController
@RequestMapping("/api/v1/learners")
@Tag(name = "Learners", description = "Learners, within what each person may see: everyone for administrators, "
        + "a tutor's caseload, an employer's apprentices, a learner's own record")
class LearnersApi {

    private final LearnerService learners;
    private final DeclarationService declarations;
    private final IlrDetailsService ilr;
    private final Validator validator;

    LearnersApi(LearnerService learners, DeclarationService declarations, IlrDetailsService ilr,
            Validator validator) {
        this.learners = learners;
        this.declarations = declarations;
        this.ilr = ilr;
        this.validator = validator;
    }

    @GetMapping
    @Operation(summary = "List learners", description = "Search by name, ULN or email; filter by employer or tutor "
            + "(staff id); sort by name, uln or employer (prefix - for descending).")
    ListResponse<LearnerRow> list(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(required = false) EmployerId employer,
            @RequestParam(required = false) UUID tutor) {
        return ListResponse.of(learners.list(user, ListRequest.of(q, page, size, sort),
                new LearnerQueries.Filter(employer, tutor)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a learner", description = "employerId, employerName, lineManager and tutor are read "
            + "only: they are those of the learner's current apprenticeship (apprenticeshipId), the one record of them, "
            + "and absent while the learner has none.")
    LearnerView get(CurrentUser user, @PathVariable LearnerId id) {
        return learners.view(user, id);
    }

    @PostMapping
    @Operation(summary = "Add a learner", description = "They get an account and an invitation to sign in. Their "
            + "employer, line manager and tutor are recorded with their apprenticeship (POST /api/v1/apprenticeships); "
            + "a request naming employerId, lineManagerId or tutorId is refused.")
    ResponseEntity<LearnerView> create(CurrentUser user, @RequestBody LearnerRequest details) {
        FormChecks.require(validator, details);
        LearnerId id = learners.create(user, details.details());
        return ResponseEntity.created(URI.create("/api/v1/learners/" + id)).body(learners.view(user, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a learner's own details", description = "Their employer, line manager and tutor are "
            + "changed on their apprenticeship; a request naming employerId, lineManagerId or tutorId is refused.")
    LearnerView change(CurrentUser user, @PathVariable LearnerId id, @RequestBody LearnerRequest details) {
        FormChecks.require(validator, details);
        learners.change(user, id, details.details(), details.reason());
        return learners.view(user, id);
    }

    @GetMapping("/{id}/declarations")
    @Operation(summary = "Read a learner's health and equality declarations",
            description = "Sensitive: administrators and the learner's tutor only; every read is audited.")
    DeclarationDetails declarations(CurrentUser user, @PathVariable LearnerId id) {
        return declarations.view(user, id);
    }

    @PutMapping("/{id}/declarations")
    DeclarationDetails changeDeclarations(CurrentUser user, @PathVariable LearnerId id,
            @RequestBody DeclarationDetails details) {
        declarations.change(user, id, details);
        return declarations.view(user, id);
    }

    @GetMapping("/{id}/ilr")
    @Operation(summary = "Read a learner's ILR details",
            description = "The learner reference number, and sex, ethnicity and the health declaration as the ILR "
                    + "records them (read from the declarations, never entered twice), the kinds of learning "
                    + "difficulty, disability or health problem, prior attainment, postcode before enrolment and "
                    + "contact restrictions, each with its ILR code behind it; missing lists what is not yet "
                    + "captured. Sensitive: administrators, the data officer and the learner's tutor only; every read is "
                    + "audited.")
    IlrFacts ilr(CurrentUser user, @PathVariable LearnerId id) {
        return ilr.view(user, id);
    }

    @PutMapping("/{id}/ilr")
    @Operation(summary = "Change a learner's ILR details",
            description = "Administrators and the data officer. Sex, ethnicity and the health declaration are changed with the "
                    + "declarations (PUT /api/v1/learners/{id}/declarations).")
    IlrFacts changeIlr(CurrentUser user, @PathVariable LearnerId id, @RequestBody IlrDetails details) {
        ilr.change(user, id, details);
        return ilr.view(user, id);
    }
}
