/**
 * Enrolment will own the apprenticeship and its lifecycle: onboarding, the training plan, initial assessment, English
 * and maths, prior learning, induction and declarations. For now it holds the rules calculator, because enrolment is
 * where apprenticeships get planned: staff try an apprenticeship's facts against the funding rules (the rules
 * module), the standard (the catalogue) and the provider's own stricter policy (organisation), and read the answer in
 * words.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organisation", "catalogue", "rules"})
package waypoint.enrolment;
