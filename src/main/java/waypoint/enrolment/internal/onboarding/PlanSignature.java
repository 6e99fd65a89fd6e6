package waypoint.enrolment.internal.onboarding;

import waypoint.shared.signing.Signature;
import waypoint.shared.signing.Signing;

/** A party's signature on a document version, and whether it verifies against the version's stored text. */
public record PlanSignature(Party party, int documentVersion, Signature signature, Signing.Verification verification) {
}
