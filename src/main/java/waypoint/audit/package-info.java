/**
 * The audit trail: every change another module reports ({@link waypoint.shared.audit.RecordChanged}) and every view
 * of a sensitive record ({@link waypoint.shared.audit.SensitiveRecordViewed}) is written down with who, when, from
 * which address, and a summary of before and after. Administrators filter and read it; nothing can edit or delete it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package waypoint.audit;
