package waypoint.organisation.internal.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import waypoint.organisation.IlrDetails;
import waypoint.organisation.internal.learner.Declarations.Ethnicity;
import waypoint.organisation.internal.learner.Declarations.HealthDeclaration;
import waypoint.organisation.IlrLists.ContactRestriction;
import waypoint.organisation.IlrLists.IlrSex;
import waypoint.organisation.IlrLists.LlddCategory;
import waypoint.organisation.IlrLists.PriorLevel;

/**
 * A learner's facts as the ILR records them, each read from the one place Waypoint keeps it: the reference number
 * from the learner record, sex, ethnicity and the health declaration from the declarations, the rest from the ILR
 * details. {@code missing} says, in words, what is not yet captured and which page captures it.
 */
public record IlrFacts(UUID learnerId, String learnerReference, IlrSex sex, Ethnicity ethnicity,
        HealthDeclaration healthDeclaration, PriorLevel priorAttainment, String postcodePrior,
        List<LlddCategory> llddCategories, LlddCategory mainLlddCategory, List<ContactRestriction> contactRestrictions,
        List<Missing> missing) {

    /** A fact not yet captured, and the page where it is. */
    public record Missing(String fact, String page) {
    }

    /**
     * {@code employerWithoutReference}: the learner's employer (that of their apprenticeship) when its employer
     * reference number is not yet known, else null.
     */
    static IlrFacts of(UUID learnerId, String learnerReference, DeclarationDetails declared, IlrDetails details,
            UUID employerWithoutReference) {
        String declarations = "/learners/" + learnerId + "/declarations/edit";
        String ilr = "/learners/" + learnerId + "/ilr/edit";
        IlrSex sex = declared.sex() == null ? null : declared.sex().ilr();
        List<Missing> missing = new ArrayList<>();
        if (sex == null) {
            missing.add(new Missing("Sex, as the ILR records it (female or male)", declarations));
        }
        if (declared.ethnicity() == null) {
            missing.add(new Missing("Ethnic group", declarations));
        }
        if (declared.healthDeclaration() == null) {
            missing.add(new Missing("Whether they have a learning difficulty, disability or health problem",
                    declarations));
        } else if (declared.healthDeclaration() == HealthDeclaration.YES && details.llddCategories().isEmpty()) {
            missing.add(new Missing("Which kinds of learning difficulty, disability or health problem they have, "
                    + "and the main one", ilr));
        }
        if (details.priorAttainment() == null) {
            missing.add(new Missing("Prior attainment (their highest qualification level when they start)", ilr));
        }
        if (details.postcodePrior() == null) {
            missing.add(new Missing("Postcode before enrolment", ilr));
        }
        if (employerWithoutReference != null) {
            missing.add(new Missing("Their employer's reference number",
                    "/employers/" + employerWithoutReference + "/edit"));
        }
        return new IlrFacts(learnerId, learnerReference, sex, declared.ethnicity(), declared.healthDeclaration(),
                details.priorAttainment(), details.postcodePrior(),
                details.llddCategories().stream().sorted().toList(), details.mainLlddCategory(),
                details.contactRestrictions().stream().sorted().toList(), List.copyOf(missing));
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
