/**
 * Progress reviews (the learner handbook, “Progress Reviews”; docs/domain/funding-rules.md, Progress reviews): when
 * each review of an apprenticeship falls due (the funding rules' cadence or the provider's stricter one, a break in
 * learning pausing the clock, an exception agreed with the employer), the meeting, the three-way record from the
 * provider's template, its signatures by the apprentice, the employer and the tutor, and the actions it agrees. Each
 * review's state and dates are published in the view review.progress_review, from which the reporting module's review
 * compliance report reads (docs/domain/reports.md). Other modules add figures to a review's "progress since the last
 * review" by implementing {@link waypoint.review.ReviewProgressSource}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organisation", "catalogue", "rules", "enrolment"})
package waypoint.review;
