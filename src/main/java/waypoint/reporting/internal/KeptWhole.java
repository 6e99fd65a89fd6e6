package waypoint.reporting.internal;

/**
 * Something reporting keeps whole, worked out from every apprenticeship in one go and read a page at a time (the
 * funding forecast, the known funding risks, the caseload overview, the equality report). {@link KeptInBackground}
 * works it out: each night, at the first start when none is kept yet, and in the background when a reader presses its
 * button; one working out at a time across every node.
 */
public interface KeptWhole {

    /** What it is, in the log's words; also its working out's lock: "funding forecast". */
    String name();

    /** Whether one is kept already: at the first start, none is worked out when it is. */
    boolean isKept();

    /** Works the whole out now and keeps it in place of the one before, in the caller's transaction. */
    void workOutAndKeep(String by);
}
