/**
 * Enrolment owns the apprenticeship and its lifecycle (a learner, employer, standard version, tutor, dates, hours,
 * funding and a status from onboarding to completion), and its onboarding: the training plan, initial assessment,
 * English and maths, prior learning, induction and declarations. It also holds the rules calculator, because
 * enrolment is where apprenticeships get planned: staff try an apprenticeship's facts against the funding rules (the
 * rules module), the standard (the catalogue) and the provider's own stricter policy (organisation), and read the
 * answer in words. Other modules read apprenticeships through {@link waypoint.enrolment.Apprenticeships} and ask
 * {@link waypoint.enrolment.ApprenticeshipAccess} who may see or manage one.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organisation", "catalogue", "rules", "documents", "ilr"})
package waypoint.enrolment;
