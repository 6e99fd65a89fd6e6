package waypoint.catalogue;

import java.util.Optional;

/** One item of a standard's gateway checklist, with the source of the requirement. */
public record GatewayItem(GatewayItemKind kind, String description, Optional<String> source) {
}
