/**
 * The port through which each module contributes its tables to the whole provider's export
 * (docs/domain/provider-export.md), as {@link waypoint.shared.personaldata} does for one person's data (docs/adr/0008).
 */
package waypoint.shared.portability;
