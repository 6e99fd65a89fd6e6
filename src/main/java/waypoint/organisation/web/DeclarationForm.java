package waypoint.organisation.web;

import waypoint.organisation.internal.learner.DeclarationDetails;
import waypoint.organisation.internal.learner.Declarations;

/** The declarations form as typed: each answer is the name of a choice, or blank. */
record DeclarationForm(String healthDeclaration, String healthDetails, String ethnicity, String sex, String religion,
        String sexualOrientation, String reason) {

    static DeclarationForm of(DeclarationDetails details) {
        return new DeclarationForm(Enums.name(details.healthDeclaration()), details.healthDetails(),
                Enums.name(details.ethnicity()), Enums.name(details.sex()), Enums.name(details.religion()),
                Enums.name(details.sexualOrientation()), null);
    }

    DeclarationDetails details() {
        return new DeclarationDetails(Enums.parse(Declarations.HealthDeclaration.class, healthDeclaration),
                healthDetails, Enums.parse(Declarations.Ethnicity.class, ethnicity),
                Enums.parse(Declarations.Sex.class, sex), Enums.parse(Declarations.Religion.class, religion),
                Enums.parse(Declarations.SexualOrientation.class, sexualOrientation));
    }
}
