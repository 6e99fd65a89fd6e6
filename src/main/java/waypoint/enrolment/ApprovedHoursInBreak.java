package waypoint.enrolment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Approved off-the-job hours a break in learning would be back-dated over. The off-the-job module implements it (it
 * depends on this module, so this module asks through this interface and never reads its tables). A break that
 * starts on or before the date of approved hours is refused unless the person recording it confirms that those
 * hours are un-approved; the off-the-job module then un-approves them when it hears of the break
 * ({@link ApprenticeshipStatusChanged} to a break in learning).
 */
public interface ApprovedHoursInBreak {

    /** The approved hours dated on or after {@code from}, in words (“3 approved entries, 12.5 hours, from …”). */
    Optional<String> approvedFrom(ApprenticeshipId apprenticeshipId, LocalDate from);
}
