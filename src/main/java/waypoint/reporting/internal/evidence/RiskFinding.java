package waypoint.reporting.internal.evidence;

/**
 * What one rule found for one apprenticeship: flagged (with why), unknown (a figure the rule needs was never
 * recorded: shown as a warning, never as a pass), or clear.
 */
public record RiskFinding(FundingRisk risk, Verdict verdict, String words) {

    public enum Verdict {
        FLAGGED("At risk", "govuk-tag--red"), UNKNOWN("Unknown", "govuk-tag--yellow"), CLEAR("Clear", "govuk-tag--green");

        private final String words;
        private final String tag;

        Verdict(String words, String tag) {
            this.words = words;
            this.tag = tag;
        }

        public String words() {
            return words;
        }

        public String tag() {
            return tag;
        }
    }

    static RiskFinding flagged(FundingRisk risk, String words) {
        return new RiskFinding(risk, Verdict.FLAGGED, words);
    }

    static RiskFinding unknown(FundingRisk risk, String words) {
        return new RiskFinding(risk, Verdict.UNKNOWN, words);
    }

    static RiskFinding clear(FundingRisk risk, String words) {
        return new RiskFinding(risk, Verdict.CLEAR, words);
    }

    public boolean flagged() {
        return verdict == Verdict.FLAGGED;
    }

    public boolean needsAttention() {
        return verdict != Verdict.CLEAR;
    }
}
