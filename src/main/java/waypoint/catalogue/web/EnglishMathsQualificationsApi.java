package waypoint.catalogue.web;

import java.util.List;

import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.catalogue.EnglishMathsQualification;
import waypoint.catalogue.EnglishMathsQualifications;
import waypoint.catalogue.EnglishMathsQualifications.NewQualification;
import waypoint.catalogue.internal.CataloguePolicy;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FormChecks;

/** The English and maths qualifications the provider delivers (docs/domain/english-and-maths-aims.md). */
@RestController
@RequestMapping("/api/v1/english-maths-qualifications")
@Tag(name = "English and maths qualifications", description = "The English and maths qualifications the provider"
        + " delivers, with their learning aim references (staff read; administrators record)")
class EnglishMathsQualificationsApi {

    private final EnglishMathsQualifications qualifications;
    private final CataloguePolicy policy;
    private final Validator validator;

    EnglishMathsQualificationsApi(EnglishMathsQualifications qualifications, CataloguePolicy policy,
            Validator validator) {
        this.qualifications = qualifications;
        this.policy = policy;
        this.validator = validator;
    }

    @GetMapping
    @Operation(summary = "Every English and maths qualification the provider delivers")
    List<EnglishMathsQualification> list(CurrentUser user) {
        return qualifications.list(user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a qualification the provider delivers (administrators)",
            description = "subject ENGLISH or MATHS; level ENTRY_LEVEL_3, LEVEL_1 or LEVEL_2; kind FUNCTIONAL_SKILLS"
                    + " or GCSE; learnAimRef the learning aim reference, letters and digits, at most 8")
    EnglishMathsQualification record(CurrentUser user, @RequestBody(required = false) NewQualification body) {
        policy.requireChange(user);
        NewQualification typed = body == null ? new NewQualification(null, null, null, null, null, null) : body;
        FormChecks.require(validator, typed);
        return qualifications.record(user, typed);
    }
}
