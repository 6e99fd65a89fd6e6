package waypoint.enrolment.internal.apprenticeship;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipFigures;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.BreakInLearning;
import waypoint.enrolment.DeliveryModel;
import waypoint.enrolment.FundingType;
import waypoint.enrolment.StaffPart;
import waypoint.rules.PriceBreakdown;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.money.Money;

/**
 * One apprenticeship as its page and the API show it: the summary, delivery and funding, the other staff, the
 * rule-pack figures, the timeline (oldest first), the breaks, what the person may do next, the version to send back
 * with a change, and who pays the price (figures unknown while the price, band or levy status is not recorded;
 * empty without a date of birth before the start), and the standard version's programme type
 * (docs/domain/programme-types.md).
 */
public record ApprenticeshipView(ApprenticeshipSummary summary, DeliveryModel deliveryModel, String deliveryLink,
        Set<DayOfWeek> studyDays, FundingType fundingType, Money trainingPrice, Money epaPrice,
        UUID epaoId, String epaoName, List<Staff> otherStaff, Optional<ApprenticeshipFigures> figures,
        List<TimelineEntry> timeline, List<BreakInLearning> breaks, Optional<String> withdrawalPrompt,
        List<Transition> actions, int version, Optional<PriceBreakdown> priceBreakdown,
        waypoint.rules.ProgrammeType programmeType, Optional<UnitAssessment> unitAssessment) {

    /** Whether the programme ends with an end-point assessment (an apprenticeship unit does not). */
    public boolean hasEndPointAssessment() {
        return programmeType.hasEndPointAssessment();
    }

    public record Staff(UUID staffId, String name, StaffPart part) {
    }

    /** One change: what, on which date, recorded when and by whom, why, and the particulars of the change. */
    public record TimelineEntry(Transition transition, String title, LocalDate effectiveDate, Instant recordedAt,
            String recordedBy, String reason, List<String> particulars) {

        /** “23 December 2026 at 2:05pm”, in London. */
        public String recordedAtInWords() {
            return GovUkDates.time(recordedAt);
        }
    }

    public boolean may(String action) {
        return actions.stream().anyMatch(t -> t.name().equals(action));
    }

    /** The timeline as its page shows it: the latest first. */
    public List<TimelineEntry> timelineNewestFirst() {
        List<TimelineEntry> newestFirst = new java.util.ArrayList<>(timeline);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** “Monday, Thursday”; empty when none are set. */
    public String studyDaysInWords() {
        return studyDays.stream().sorted().map(day -> day.getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.UK)).collect(java.util.stream.Collectors.joining(", "));
    }
}
