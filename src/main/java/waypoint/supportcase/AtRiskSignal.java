package waypoint.supportcase;

import java.util.Objects;

/**
 * One reason an apprentice is behind, in words (“off-the-job hours at 38% of expected”).
 *
 * @param code     a short stable name to filter by ({@code OTJ_BEHIND}, {@code KSB_COVERAGE}, ...)
 * @param severity 1 (watch), 2 (behind) or 3 (well behind); an apprenticeship's severity is the sum
 * @param reason   why, with the figure
 */
public record AtRiskSignal(String code, int severity, String reason) {

    /** KSB coverage behind the elapsed share of the programme (the portfolio module's signal). */
    public static final String KSB_COVERAGE = "KSB_COVERAGE";
    /** No teaching session within the cadence (the delivery module's signal). */
    public static final String SESSION_CADENCE = "SESSION_CADENCE";
    /** Agreed actions past their date (the delivery module's signal). */
    public static final String OVERDUE_ACTIONS = "OVERDUE_ACTIONS";

    public AtRiskSignal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        if (severity < 1 || severity > 3) {
            throw new IllegalArgumentException("severity must be 1 to 3: " + severity);
        }
    }
}
