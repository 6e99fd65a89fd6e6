package waypoint.ilr;

/**
 * One problem an official validation rule finds: the rule's official name (ULN_03) and severity, the learner
 * ({@code LearnRefNumber}, null for a problem with the file as a whole) and the aim it concerns (its
 * {@code AimSeqNumber}, or null), the ILR field, the problem in plain words, and where in Waypoint it is put right.
 */
public record IlrFinding(String rule, IlrRuleBook.Severity severity, String learnRefNumber, Integer aimSeqNumber,
                         String field, String message, IlrFix fix) {

    public boolean isError() {
        return severity == IlrRuleBook.Severity.ERROR;
    }
}
