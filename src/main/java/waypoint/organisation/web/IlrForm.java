package waypoint.organisation.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import waypoint.organisation.IlrDetails;
import waypoint.organisation.internal.learner.IlrFacts;
import waypoint.organisation.IlrLists.ContactRestriction;
import waypoint.organisation.IlrLists.LlddCategory;
import waypoint.organisation.IlrLists.PriorLevel;

/** The ILR details form as typed: each answer the name of a choice, or blank. */
record IlrForm(String priorAttainment, String postcodePrior, List<String> llddCategories, String mainLlddCategory,
        List<String> contactRestrictions) {

    /** The facts as recorded; a postcode before enrolment not yet given starts as the learner's home postcode. */
    static IlrForm of(IlrFacts facts, String homePostcode) {
        return new IlrForm(Enums.name(facts.priorAttainment()),
                facts.postcodePrior() == null ? homePostcode : facts.postcodePrior(),
                facts.llddCategories().stream().map(Enum::name).toList(), Enums.name(facts.mainLlddCategory()),
                facts.contactRestrictions().stream().map(Enum::name).toList());
    }

    IlrDetails details() {
        return new IlrDetails(Enums.parse(PriorLevel.class, priorAttainment), postcodePrior,
                parse(LlddCategory.class, llddCategories), Enums.parse(LlddCategory.class, mainLlddCategory),
                parse(ContactRestriction.class, contactRestrictions));
    }

    private static <E extends Enum<E>> java.util.Set<E> parse(Class<E> type, List<String> values) {
        return values == null ? java.util.Set.of()
                : values.stream().map(v -> Enums.parse(type, v)).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
