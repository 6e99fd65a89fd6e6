package waypoint.organisation;

import java.util.Set;

import waypoint.organisation.IlrLists.ContactRestriction;
import waypoint.organisation.IlrLists.LlddCategory;
import waypoint.organisation.IlrLists.PriorLevel;
import waypoint.shared.validation.Postcode;

/**
 * What staff enter of a learner's ILR facts that the learner record and the declarations do not hold already
 * (docs/domain/ilr.md, "The learner's facts"). Sex, ethnicity and whether the learner has a learning difficulty,
 * disability or health problem are the declarations' answers, never entered twice.
 */
public record IlrDetails(
        PriorLevel priorAttainment,
        @Postcode String postcodePrior,
        Set<LlddCategory> llddCategories,
        LlddCategory mainLlddCategory,
        Set<ContactRestriction> contactRestrictions) {

    public IlrDetails {
        llddCategories = llddCategories == null ? Set.of() : Set.copyOf(llddCategories);
        contactRestrictions = contactRestrictions == null ? Set.of() : Set.copyOf(contactRestrictions);
    }
}
