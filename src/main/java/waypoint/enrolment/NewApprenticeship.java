package waypoint.enrolment;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import waypoint.organisation.EmployerId;
import waypoint.organisation.LearnerId;
import waypoint.organisation.StaffMemberId;
import waypoint.shared.money.Money;

/**
 * An apprenticeship to record, as staff, the API, the CSV import and the demo data give it. Only the learner,
 * employer, standard, tutor, dates and weekly hours are required; the rest may follow during onboarding.
 *
 * @param standardVersion a version of the standard, or null for its latest
 * @param migration       for an apprenticeship under way in another system: its current status and since when;
 *                        null for a new one, which starts in onboarding
 * @param requestKey      the key of the request that asked for it (an Idempotency-Key, a form's token), so a
 *                        repeated submission answers the apprenticeship it made the first time; may be null
 */
public record NewApprenticeship(LearnerId learnerId, EmployerId employerId, UUID lineManagerId,
        String standardReference,
        String standardVersion, StaffMemberId tutorId, List<StaffAssignment> otherStaff, LocalDate startDate,
        LocalDate plannedEndDate, Integer epaPeriodMonths, BigDecimal weeklyHours, DeliveryModel deliveryModel,
        String deliveryLink, Set<DayOfWeek> studyDays, FundingType fundingType, Money trainingPrice,
        Money epaPrice, UUID epaoId, Migration migration, String requestKey) {

    public NewApprenticeship {
        otherStaff = otherStaff == null ? List.of() : List.copyOf(otherStaff);
        studyDays = studyDays == null ? Set.of() : Set.copyOf(studyDays);
    }

    /** A member of staff other than the primary tutor, and their part. */
    public record StaffAssignment(StaffMemberId staffId, StaffPart part) {
    }

    /**
     * Where a migrated apprenticeship stands: its status since a date, and for a break the expected return, for a
     * withdrawal the ILR reason.
     */
    public record Migration(ApprenticeshipStatus status, LocalDate since, LocalDate expectedReturnDate,
            WithdrawalReason withdrawalReason) {
    }

    /** The minimum a new apprenticeship needs; the rest is left for onboarding. */
    public static NewApprenticeship of(LearnerId learnerId, EmployerId employerId, UUID lineManagerId,
            String standardReference,
            StaffMemberId tutorId, LocalDate startDate, LocalDate plannedEndDate, BigDecimal weeklyHours) {
        return new NewApprenticeship(learnerId, employerId, lineManagerId, standardReference, null, tutorId, List.of(),
                startDate, plannedEndDate, null, weeklyHours, null, null, Set.of(), null, null, null, null, null,
                null);
    }

    public NewApprenticeship migrated(Migration migration) {
        return new NewApprenticeship(learnerId, employerId, lineManagerId, standardReference, standardVersion, tutorId,
                otherStaff, startDate, plannedEndDate, epaPeriodMonths, weeklyHours, deliveryModel, deliveryLink,
                studyDays, fundingType, trainingPrice, epaPrice, epaoId, migration, requestKey);
    }

    public NewApprenticeship withRequestKey(String key) {
        return new NewApprenticeship(learnerId, employerId, lineManagerId, standardReference, standardVersion, tutorId,
                otherStaff, startDate, plannedEndDate, epaPeriodMonths, weeklyHours, deliveryModel, deliveryLink,
                studyDays, fundingType, trainingPrice, epaPrice, epaoId, migration, key);
    }
}
