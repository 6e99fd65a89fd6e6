package waypoint.safeguarding.internal;

import waypoint.safeguarding.ActionKind;
import waypoint.safeguarding.Agency;

/** An action a handler records: a referral (agency and its reference number), support, signposting, a note. */
public record ConcernAction(ActionKind kind, Agency agency, String referenceNumber, String details) {
}
