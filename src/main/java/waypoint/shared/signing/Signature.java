package waypoint.shared.signing;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One person's signature on one document version.
 *
 * @param signerAccountId the signed-in account that signed
 * @param typedName       the full name they typed, as typed (it matched their account's name)
 * @param signedAt        when
 * @param ipAddress       the address the request came from
 * @param documentSha256  the SHA-256 of the canonical text of the version they were shown
 */
public record Signature(UUID signerAccountId, String typedName, Instant signedAt, String ipAddress,
        String documentSha256) {

    public Signature {
        Objects.requireNonNull(signerAccountId, "signerAccountId");
        Objects.requireNonNull(typedName, "typedName");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(ipAddress, "ipAddress");
        Objects.requireNonNull(documentSha256, "documentSha256");
    }
}
