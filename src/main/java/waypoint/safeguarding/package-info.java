/**
 * Safeguarding: the concerns anyone may raise (safeguarding disclosures, Prevent concerns, bullying or harassment,
 * unfair treatment, health and safety incidents, wellbeing worries) and the restricted case log in which the people
 * who must see them handle them; the designated safeguarding officer and the learner entitlements text; staff
 * safeguarding training and DBS records. (The anonymised equality monitoring report, which reads across modules, is
 * the reporting module's.)
 * <p>
 * Safeguarding and Prevent records are read by the safeguarding lead role only (the learner handbook, "Safeguarding";
 * docs/domain/provider-documents.md), every view audited, their narrative encrypted in the database. Other modules use
 * {@link waypoint.safeguarding.SafeguardingImport} to load records without a person (demo data).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation"})
package waypoint.safeguarding;
