package waypoint.portfolio.internal;

/** The virus scan of a kept file: not scanned (no clamd configured), clean, or quarantined (found or failed). */
public enum Scan {
    NOT_SCANNED, CLEAN, QUARANTINED
}
