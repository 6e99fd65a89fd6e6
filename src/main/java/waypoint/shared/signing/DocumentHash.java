package waypoint.shared.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 (lower-case hex) of a document version's canonical text. Line endings are made {@code \n} first, so
 * the same words hash the same whether they came from a form, the database or a test file.
 */
public final class DocumentHash {

    private DocumentHash() {
    }

    public static String of(String canonicalText) {
        try {
            byte[] text = canonicalText.replace("\r\n", "\n").replace('\r', '\n').getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
