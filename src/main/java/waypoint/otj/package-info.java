/**
 * Off-the-job training (docs/domain/off-the-job-hours.md): apprentices log their training hours, tutors approve them,
 * employers confirm them, and everyone sees the pace of each apprenticeship against the hours planned, by the rules of
 * its start date. Other modules add entries by publishing {@link waypoint.otj.OffTheJobActivityRecorded}; progress
 * reviews show its figures through the review module's progress source.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organisation", "catalogue", "rules", "enrolment", "review"})
package waypoint.otj;
