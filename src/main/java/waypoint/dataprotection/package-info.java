/**
 * Data protection: subject access requests (a learner asks, or staff record the request; the data protection officer
 * checks identity, gathers what every module holds through the personal-data port, reviews other people's data and
 * releases the pack by the deadline), the privacy notice, the record of processing activities and the log of
 * personal data shared with employers and assessment organisations (docs/domain/data-protection.md); the retention
 * settings, the nightly retention job and erasure requests (docs/domain/retention.md).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organisation", "enrolment", "documents", "otj", "portfolio", "review"})
package waypoint.dataprotection;
