package waypoint.enrolment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.internal.apprenticeship.EnglishMathsAims;
import waypoint.identity.CurrentUser;

/** An apprentice's English and maths qualifications, as the ILR return writes them (docs/domain/english-and-maths-aims.md). */
@RestController
@RequestMapping("/api/v1/apprenticeships/{id}/english-maths")
@Tag(name = "Apprenticeships")
class EnglishMathsAimsApi {

    /** A choice: the qualification's id, and the study's dates (the apprenticeship's when left out). */
    record Choice(UUID qualificationId, LocalDate startDate, LocalDate plannedEndDate) {
    }

    record Achievement(LocalDate achievedOn) {
    }

    private final EnglishMathsAims aims;

    EnglishMathsAimsApi(EnglishMathsAims aims) {
        this.aims = aims;
    }

    @GetMapping
    @Operation(summary = "The English and maths studied: what the training plan plans and the qualification chosen")
    List<EnglishMathsAims.Study> studies(CurrentUser user, @PathVariable ApprenticeshipId id) {
        return aims.page(user, id).studies();
    }

    @PutMapping("/{subject}")
    @Operation(summary = "Choose the qualification of English or maths (subject english or maths)")
    EnglishMathsAims.Study choose(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String subject,
            @RequestBody(required = false) Choice body) {
        Choice choice = body == null ? new Choice(null, null, null) : body;
        return aims.choose(user, id, EnglishMathsController.subject(subject), choice.qualificationId(),
                choice.startDate(), choice.plannedEndDate());
    }

    @PostMapping("/{subject}/achievement")
    @Operation(summary = "Record the day learning ended with the qualification achieved")
    EnglishMathsAims.Study achieved(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String subject,
            @RequestBody(required = false) Achievement body) {
        return aims.recordAchieved(user, id, EnglishMathsController.subject(subject),
                body == null ? null : body.achievedOn());
    }
}
