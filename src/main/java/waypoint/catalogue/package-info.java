/**
 * The apprenticeship standards catalogue: each version of a standard with its duties, knowledge, skills and
 * behaviours (KSBs), end-point assessment methods, grading table, gateway checklist and delivery cadence. Standards
 * come in through an importer of the Skills England (IfATE) API's JSON shape; the shipped standards come as data.
 * Other modules read it through {@link waypoint.catalogue.Standards}; an apprenticeship pins the
 * {@link waypoint.catalogue.StandardVersionId} it started on.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "rules"})
package waypoint.catalogue;
