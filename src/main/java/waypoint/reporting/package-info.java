/**
 * Reporting: what reads across modules for the provider as a whole (the anonymised equality report, and in time the
 * ILR return and the provider's other reports). It reads only the views other modules publish in the schema named
 * after them (docs/adr/0006), never their tables, and changes nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation", "enrolment", "ilr"})
package waypoint.reporting;
