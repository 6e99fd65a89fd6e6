package waypoint.organisation.internal.learner;

import jakarta.validation.constraints.Size;

import waypoint.organisation.internal.learner.Declarations.Ethnicity;
import waypoint.organisation.internal.learner.Declarations.HealthDeclaration;
import waypoint.organisation.internal.learner.Declarations.Religion;
import waypoint.organisation.internal.learner.Declarations.Sex;
import waypoint.organisation.internal.learner.Declarations.SexualOrientation;

/**
 * A learner's learning difficulty, disability and health declaration and their equality monitoring answers. Every
 * answer is optional: equality monitoring is voluntary, and a learner may not have declared yet.
 */
public record DeclarationDetails(
        HealthDeclaration healthDeclaration,
        @Size(max = 2000, message = "Details must be 2,000 characters or fewer") String healthDetails,
        Ethnicity ethnicity,
        Sex sex,
        Religion religion,
        SexualOrientation sexualOrientation) {

    public static DeclarationDetails none() {
        return new DeclarationDetails(null, null, null, null, null, null);
    }
}
