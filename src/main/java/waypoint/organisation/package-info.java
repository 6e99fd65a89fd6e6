/**
 * The provider and the people and organisations it works with: the provider's own details and job titles,
 * employers and their contacts, end-point assessment organisations, staff and learners.
 * <p>
 * Other modules use: {@link waypoint.organisation.Learners} and {@link waypoint.organisation.LearnerSummary} to read
 * learners; {@link waypoint.organisation.LearnerAccess} (the one learner relationship rule: may this person see
 * learner X, and which learners may they see) before showing one; {@link waypoint.organisation.JobTitles} to name a
 * role as the provider does; {@link waypoint.organisation.ProviderProfile} for the provider's details and its
 * {@link waypoint.organisation.PlanningPolicy}; the event {@link waypoint.organisation.LearnerAssignedToTutor} (the
 * enrolment module publishes it); {@link waypoint.organisation.ApprenticeshipRecording}, which the enrolment module
 * answers for the learner's page; and {@link waypoint.organisation.OrganisationImport} to load
 * records without a person (demo data, imports).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package waypoint.organisation;
