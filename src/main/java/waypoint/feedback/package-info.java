/**
 * Feedback: complaints (formal and informal, through stages 1 to 4), compliments, suggestions and assessment
 * appeals, each a case with deadlines counted in working days, kept confidential to the people handling it; and
 * satisfaction surveys, and the yearly report to the Board (the provider's complaints policy and learner handbook,
 * “Complaints and Appeals”; docs/domain/complaints-policy.md). Feedback links to a learner (organisation) until apprenticeships exist.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation", "enrolment"})
package waypoint.feedback;
