package waypoint.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A person's second factor: an authenticator app confirmed with a code, and ten recovery codes for when the phone is
 * lost. The app's codes are checked here and only here (docs/domain/sign-in.md): a code of a time step already used
 * is refused, so one overheard code cannot be used again; a recovery code works once.
 */
public final class SecondFactor {

    /** Codes one step either side of now are accepted, for phones whose clocks are a little out. */
    private static final int DRIFT_STEPS = 1;
    public static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What came of a code typed at sign-in. */
    public enum Check {
        ACCEPTED, RECOVERY_CODE_USED, REPLAYED, WRONG
    }

    record RecoveryCode(String hash, Instant usedAt) {
    }

    private final UUID accountId;
    private final String secret;
    private final Instant confirmedAt;
    private long lastTimeStep;
    private final List<RecoveryCode> recoveryCodes;
    private final Integer version;

    SecondFactor(UUID accountId, String secret, Instant confirmedAt, long lastTimeStep,
            List<RecoveryCode> recoveryCodes, Integer version) {
        this.accountId = accountId;
        this.secret = secret;
        this.confirmedAt = confirmedAt;
        this.lastTimeStep = lastTimeStep;
        this.recoveryCodes = new ArrayList<>(recoveryCodes);
        this.version = version;
    }

    /** The recovery codes as the person sees them once, beside the factor that keeps only their hashes. */
    public record Confirmed(SecondFactor factor, List<String> recoveryCodes) {
    }

    /**
     * Sets up an authenticator app: the code typed must be one the app makes now from the key it was shown, which
     * proves the app holds the key. Returns the factor with fresh recovery codes, or empty when the code is wrong.
     */
    public static java.util.Optional<Confirmed> confirm(UUID accountId, String secret, String typed, Instant now) {
        String code = digits(typed);
        for (long step = Totp.step(now) - DRIFT_STEPS; step <= Totp.step(now) + DRIFT_STEPS; step++) {
            if (code.length() == Totp.DIGITS && MessageDigest.isEqual(Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                List<String> plain = new ArrayList<>();
                List<RecoveryCode> hashed = new ArrayList<>();
                for (int i = 0; i < RECOVERY_CODES; i++) {
                    String recovery = newRecoveryCode();
                    plain.add(recovery);
                    hashed.add(new RecoveryCode(hash(recovery), null));
                }
                return java.util.Optional.of(new Confirmed(new SecondFactor(accountId, secret, now, step, hashed, null),
                        List.copyOf(plain)));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Checks a code typed at sign-in: the app's code for now (a step either side), never one of a step already used;
     * or an unused recovery code, which is then used up.
     */
    public Check verify(String typed, Instant now) {
        String code = digits(typed);
        if (code.length() == Totp.DIGITS) {
            long current = Totp.step(now);
            for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
                if (MessageDigest.isEqual(Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII),
                        code.getBytes(StandardCharsets.US_ASCII))) {
                    if (step <= lastTimeStep) {
                        return Check.REPLAYED;
                    }
                    lastTimeStep = step;
                    return Check.ACCEPTED;
                }
            }
            return Check.WRONG;
        }
        String recovery = recoveryForm(typed);
        if (recovery.isEmpty()) {
            return Check.WRONG;
        }
        String hash = hash(recovery);
        for (int i = 0; i < recoveryCodes.size(); i++) {
            RecoveryCode kept = recoveryCodes.get(i);
            if (kept.usedAt() == null && MessageDigest.isEqual(kept.hash().getBytes(StandardCharsets.US_ASCII),
                    hash.getBytes(StandardCharsets.US_ASCII))) {
                recoveryCodes.set(i, new RecoveryCode(kept.hash(), now));
                return Check.RECOVERY_CODE_USED;
            }
        }
        return Check.WRONG;
    }

    public int unusedRecoveryCodes() {
        return (int) recoveryCodes.stream().filter(c -> c.usedAt() == null).count();
    }

    private static String digits(String typed) {
        return typed == null ? "" : typed.replace(" ", "").replace("-", "").strip();
    }

    /** Recovery codes are shown as xxxxx-xxxxx; people may type them with or without the dash, in any case. */
    private static String recoveryForm(String typed) {
        String clean = digits(typed).toLowerCase(Locale.ROOT);
        return clean.length() == 10 ? clean.substring(0, 5) + "-" + clean.substring(5) : "";
    }

    private static String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    static String hash(String recoveryCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(recoveryCode.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public UUID accountId() {
        return accountId;
    }

    String secret() {
        return secret;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    long lastTimeStep() {
        return lastTimeStep;
    }

    List<RecoveryCode> recoveryCodes() {
        return List.copyOf(recoveryCodes);
    }

    Integer version() {
        return version;
    }
}
