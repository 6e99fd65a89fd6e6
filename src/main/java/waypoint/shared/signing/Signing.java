package waypoint.shared.signing;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Makes and checks signatures. It knows nothing of who may sign what: the module owning the document authorises the
 * signer first and then asks for a signature on the exact canonical text it showed them.
 */
@Service
public class Signing {

    private final Clock clock;

    Signing(Clock clock) {
        this.clock = clock;
    }

    /**
     * Signs {@code canonicalText} for the person with {@code accountId}, whose account name is {@code accountName}.
     * The typed name must be that name; letter case and repeated or surrounding spaces do not count,
     * since people type the same name differently.
     *
     * @throws SignatureRefusedException on {@code fullName} when the names differ
     */
    public Signature sign(UUID accountId, String accountName, String typedName, String ipAddress,
            String canonicalText) {
        if (typedName == null || typedName.isBlank()) {
            throw new SignatureRefusedException("fullName", "Enter your full name to sign");
        }
        if (!sameName(accountName, typedName)) {
            throw new SignatureRefusedException("fullName",
                    "Enter your full name exactly as it is on your account: " + accountName);
        }
        return new Signature(accountId, typedName.strip(), clock.instant(), ipAddress == null ? "unknown" : ipAddress,
                DocumentHash.of(canonicalText));
    }

    /** Whether the signature was made on exactly this text. */
    public static Verification verify(Signature signature, String canonicalText) {
        return DocumentHash.of(canonicalText).equals(signature.documentSha256())
                ? Verification.MATCHES
                : Verification.DOCUMENT_DIFFERS;
    }

    static boolean sameName(String accountName, String typedName) {
        return accountName != null && normal(accountName).equals(normal(typedName));
    }

    private static String normal(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    public enum Verification {
        /** The stored text hashes to what was signed. */
        MATCHES("Verified: the signed text is unchanged"),
        /** The stored text is not what was signed: it was altered after signing. */
        DOCUMENT_DIFFERS("Not verified: the text differs from what was signed");

        private final String words;

        Verification(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
