package waypoint.reporting.internal.ilr;

/**
 * An export that cannot be made, with the reason in words a person reads: a year whose schema is not shipped, the
 * provider's UKPRN missing, errors that only an administrator may choose to send. Nothing is kept.
 */
public class IlrExportRefused extends RuntimeException {

    public IlrExportRefused(String message) {
        super(message);
    }
}
