package waypoint.epa;

import waypoint.catalogue.GatewayItemKind;

/**
 * One checklist item as another module evaluates it: whether it is met and the evidence in words (“Portfolio
 * submitted on 3 March 2027; 24 of 24 KSBs signed off”).
 */
public record GatewayEvidence(GatewayItemKind kind, boolean met, String evidence) {
}
