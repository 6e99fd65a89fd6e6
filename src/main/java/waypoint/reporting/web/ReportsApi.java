package waypoint.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.epa.EpaReport;
import waypoint.reporting.internal.reviewcompliance.ReviewComplianceReport;
import waypoint.shared.web.PageOf;

/**
 * The provider's reports over HTTP, at the addresses they had before they moved into reporting, with the same rules as
 * the pages: the report authorises every call.
 */
@RestController
@RequestMapping("/api/v1")
class ReportsApi {

    private final ReviewComplianceReport reviewCompliance;
    private final EpaReport epa;

    ReportsApi(ReviewComplianceReport reviewCompliance, EpaReport epa) {
        this.reviewCompliance = reviewCompliance;
        this.epa = epa;
    }

    record ComplianceEntry(UUID reviewId, ApprenticeshipId apprenticeshipId, int number, String learnerName,
            String employerName, String tutorName, String state, LocalDate dueDate, Instant meetingAt) {
    }

    /** Review compliance: a page of one filter's reviews and the summary, for staff (a tutor their caseload). */
    @GetMapping("/reviews/compliance")
    Map<String, Object> reviewCompliance(CurrentUser user,
            @RequestParam(defaultValue = "OVERDUE") ReviewComplianceReport.Filter filter,
            @RequestParam(defaultValue = "0") int page) {
        ReviewComplianceReport.Compliance compliance = reviewCompliance.compliance(user, filter, page);
        PageOf<ReviewComplianceReport.Line> lines = compliance.page();
        ReviewComplianceReport.Summary summary = compliance.summary();
        return Map.of("filter", filter.name(), "page", lines.number(), "total", lines.total(),
                "items", lines.items().stream().map(l -> new ComplianceEntry(l.reviewId(), l.apprenticeshipId(),
                        l.number(), l.learnerName(), l.employerName(), l.tutorName(), l.state().name(), l.dueDate(),
                        l.meetingAt())).toList(),
                "activeApprentices", summary.activeApprentices(), "withInDateReview", summary.inDate(),
                "percentInDate", summary.percentInDate(), "byTutor", summary.byTutor(),
                "byEmployer", summary.byEmployer());
    }

    /** End-point assessment bookings from today on (or every one with {@code past}), earliest first, for staff. */
    @GetMapping("/epa/bookings")
    Map<String, Object> epaBookings(CurrentUser user, @RequestParam(defaultValue = "false") boolean past,
            @RequestParam(defaultValue = "0") int page) {
        PageOf<EpaReport.BookingLine> lines = epa.bookings(user, past, page);
        return Map.of("page", lines.number(), "total", lines.total(), "items", lines.items());
    }

    /** Achievement rates by standard and the distribution of overall grades, for staff. */
    @GetMapping("/epa/results")
    EpaReport.Results epaResults(CurrentUser user) {
        return epa.results(user);
    }
}
