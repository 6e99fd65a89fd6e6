/**
 * Reporting: what reads across modules for the provider as a whole (docs/domain/reports.md): the behind-pace report,
 * review compliance, the end-point assessment bookings and results, the anonymised equality report, and the ILR
 * return. It reads only the views other modules publish in the schema named after them (docs/adr/0006), never their
 * tables, and changes none of their records; how a figure is worked out stays with the module that keeps it (the
 * off-the-job module brings the day's pace up to date and judges its status when the behind-pace report asks).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organisation", "ilr", "enrolment", "otj", "review", "catalogue", "rules",
                "safeguarding", "feedback"})
package waypoint.reporting;
