/**
 * Admissions: from a person's first interest to the start of their apprenticeship (docs/domain/admissions.md). The
 * provider's public course pages for the standards it chooses to offer, its cohorts (a group starting one standard
 * together, with a capacity the cohort guards), the public enquiry and application forms, the staff triage board
 * (one state table, drawn in docs/workflows/admissions-triage.md), the figures from enquiry to start, and the
 * conversion of an accepted application into a learner (organisation, with an invitation from identity) and an
 * apprenticeship in onboarding (enrolment, whose aggregate checks it), and the cohort's group sessions put in the
 * apprentices' calendars (delivery, whose sessions check them). Other modules and the demo data use
 * {@link waypoint.admissions.AdmissionsImport}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organisation", "catalogue", "enrolment", "delivery"})
package waypoint.admissions;
