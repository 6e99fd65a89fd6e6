package waypoint.portfolio.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.catalogue.Ksb;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipSummary;

/**
 * The KSBs of the standard version an apprenticeship pinned (the version it started on;
 * docs/domain/standards-and-assessment-plans.md).
 */
@Component
public class KsbCatalogue {

    private final Standards standards;

    KsbCatalogue(Standards standards) {
        this.standards = standards;
    }

    public List<Ksb> of(ApprenticeshipSummary a) {
        return standards.find(a.standardReference(), a.standardVersion()).map(s -> s.ksbs()).orElse(List.of());
    }

    public List<String> codes(ApprenticeshipSummary a) {
        return of(a).stream().map(Ksb::code).toList();
    }
}
