/**
 * Electronic signatures on a document version (a training plan, a handbook declaration, later a progress review).
 * A signature is the signed-in person's typed full name (which must be their account's name), the instant, the
 * address they signed from and the SHA-256 of the exact text of the version they were shown. The text is the
 * document's canonical text: the module that owns the document decides it, and must never change it once signed, so
 * the verifier can recompute the hash and say whether what is stored is what was signed.
 */
package waypoint.shared.signing;
