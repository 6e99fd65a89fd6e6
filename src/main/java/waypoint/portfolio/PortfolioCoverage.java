package waypoint.portfolio;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.portfolio.internal.Coverage;

/**
 * Portfolio coverage for other modules (gateway readiness, at-risk signals). These reads are not authorised here: a
 * module showing them to someone asks {@link waypoint.enrolment.ApprenticeshipAccess} first.
 */
@Service
public class PortfolioCoverage {

    private final Coverage coverage;
    private final Apprenticeships apprenticeships;

    PortfolioCoverage(Coverage coverage, Apprenticeships apprenticeships) {
        this.coverage = coverage;
        this.apprenticeships = apprenticeships;
    }

    /** The figures of an apprenticeship, or empty when it does not exist. */
    @Transactional(readOnly = true)
    public Optional<CoverageFigures> of(ApprenticeshipId apprenticeshipId) {
        return apprenticeships.find(apprenticeshipId).map(a -> coverage.matrixOf(a).figures());
    }

    /** The figures of many apprenticeships in a fixed number of queries, each id to its figures. */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, CoverageFigures> of(Collection<ApprenticeshipSummary> apprenticeships) {
        return coverage.figuresOf(apprenticeships);
    }
}
