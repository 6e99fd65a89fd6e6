package waypoint.ilr;

import java.time.LocalDate;
import java.util.List;

/**
 * One learner as the ILR carries them ({@code Learner}), with everything beneath: prior attainment, learning
 * difficulty and health categories, contact preferences, learner monitoring, employment status records and learning
 * deliveries. Codes are the ILR's own; a field the file leaves out is null (an empty list for repeated ones). The
 * {@link IlrOrigin} says which of Waypoint's records it was built from, when it was (null for a file read in).
 * Higher-education and work placement entities are not carried: apprenticeships do not use them
 * (docs/domain/ilr.md).
 */
public record IlrLearner(String learnRefNumber, String prevLearnRefNumber, Integer prevUkprn, Integer pmUkprn,
                         String campId, long uln, String familyName, String givenNames, LocalDate dateOfBirth,
                         Integer ethnicity, String sex, Integer llddHealthProb, String niNumber, Integer accom,
                         Integer alsCost, Integer planLearnHours, Integer planEepHours, String mathGrade,
                         String engGrade, String postcodePrior, String postcode, String addLine1, String addLine2,
                         String addLine3, String addLine4, String telNo, String email,
                         List<PriorAttainment> priorAttainment, List<LlddCategory> llddCategories,
                         List<ContactPreference> contactPreferences, List<LearnerFam> learnerFams,
                         List<ProviderMonitoring> providerMonitoring, List<IlrEmploymentStatus> employmentStatuses,
                         List<IlrLearningDelivery> learningDeliveries, IlrOrigin origin) {

    public IlrLearner {
        priorAttainment = List.copyOf(priorAttainment == null ? List.of() : priorAttainment);
        llddCategories = List.copyOf(llddCategories == null ? List.of() : llddCategories);
        contactPreferences = List.copyOf(contactPreferences == null ? List.of() : contactPreferences);
        learnerFams = List.copyOf(learnerFams == null ? List.of() : learnerFams);
        providerMonitoring = List.copyOf(providerMonitoring == null ? List.of() : providerMonitoring);
        employmentStatuses = List.copyOf(employmentStatuses == null ? List.of() : employmentStatuses);
        learningDeliveries = List.copyOf(learningDeliveries == null ? List.of() : learningDeliveries);
    }

    /** {@code PriorAttain}: the level of prior attainment and the date it applies from. */
    public record PriorAttainment(int priorLevel, LocalDate dateLevelApplies) {
    }

    /** {@code LLDDandHealthProblem}: a category, and whether it is the main one. */
    public record LlddCategory(int category, boolean primary) {
    }

    /** {@code ContactPreference}: RUI (restricted use) or PMC (preferred method of contact), with its code. */
    public record ContactPreference(String type, int code) {
    }

    /** {@code LearnerFAM}: learner funding and monitoring, type and code. */
    public record LearnerFam(String type, int code) {
    }

    /** {@code ProviderSpecLearnerMonitoring} or {@code ProviderSpecDeliveryMonitoring}: occurrence A or B, text. */
    public record ProviderMonitoring(String occurrence, String value) {
    }

    /** The learner's programme aims and other aims with funding model 36 (apprenticeships). */
    public List<IlrLearningDelivery> apprenticeshipDeliveries() {
        return learningDeliveries.stream().filter(d -> d.fundModel() == IlrLearningDelivery.APPRENTICESHIP_FUNDING)
                .toList();
    }

    /** A name to show a person: "Given Family (LearnRefNumber)". */
    public String displayName() {
        String name = ((givenNames == null ? "" : givenNames) + " " + (familyName == null ? "" : familyName)).strip();
        return name.isEmpty() ? learnRefNumber : name + " (" + learnRefNumber + ")";
    }
}
