package waypoint.reporting.internal.ilr;

/**
 * A check that cannot be made, with the reason in words a person reads: one learner checked again in a return that
 * has not been checked yet. Nothing is kept.
 */
public class IlrCheckRefused extends IlrExportRefused {

    public IlrCheckRefused(String message) {
        super(message);
    }
}
