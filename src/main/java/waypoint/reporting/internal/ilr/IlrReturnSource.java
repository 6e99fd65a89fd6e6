package waypoint.reporting.internal.ilr;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import waypoint.ilr.IlrFileHeader;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;

/**
 * The ILR learners of a return, built from Waypoint's record through the views other modules publish: every learner
 * with learning in the collection year up to the end of the period (continuing learners included), in order of their
 * learner reference number, read in batches so a return of 100,000 apprenticeships is never held whole
 * (docs/domain/ilr.md).
 */
public interface IlrReturnSource {

    /** Each learner of the return, in turn. */
    void forEachLearner(IlrYear year, ReturnPeriod period, Consumer<IlrLearner> each);

    /** Each of the given learners that belongs in the return (for one learner's page, a caseload, a test). */
    void forEachLearner(IlrYear year, ReturnPeriod period, Set<UUID> learnerIds, Consumer<IlrLearner> each);

    /**
     * The header of a file prepared now (Europe/London) with the serial number given: the provider's UKPRN, and
     * Waypoint as the software. Empty while the provider's UKPRN has not been entered.
     */
    Optional<IlrFileHeader> header(IlrYear year, String serialNo);
}
