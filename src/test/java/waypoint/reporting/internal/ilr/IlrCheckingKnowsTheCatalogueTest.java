package waypoint.reporting.internal.ilr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.catalogue.Standards;
import waypoint.ilr.IlrFinding;
import waypoint.ilr.IlrLearners;
import waypoint.ilr.IlrValidator;
import waypoint.organisation.EpaoDetails;
import waypoint.organisation.OrganisationImport;
import waypoint.support.WaypointTest;

/**
 * The return is checked with what Waypoint records beyond the file (docs/domain/ilr.md, "Checking a return before
 * upload"): the catalogue's standards with their LARS codes, and the end-point assessment organisations recorded, so
 * the rules that need them run.
 */
@WaypointTest
class IlrCheckingKnowsTheCatalogueTest {

    @Autowired
    IlrChecking checking;
    @Autowired
    Standards standards;
    @Autowired
    OrganisationImport organisation;

    @Test
    void a_standard_code_the_catalogue_does_not_hold_breaks_StdCode_02_and_one_it_holds_passes() {
        int known = standards.withLarsCodes().get(0).larsCode().orElseThrow();
        IlrValidator validator = checking.validator(IlrLearners.YEAR);

        assertThat(validator.check(IlrLearners.apprentice().programmeAim(a -> a.stdCode = 99999).build()))
                .extracting(IlrFinding::rule).contains("StdCode_02");
        assertThat(validator.check(IlrLearners.apprentice().programmeAim(a -> a.stdCode = known).build()))
                .extracting(IlrFinding::rule).doesNotContain("StdCode_02");
    }

    @Test
    void an_assessment_organisation_not_recorded_breaks_EPAOrgID_01_and_one_recorded_passes() {
        String recorded = "EPA" + (1000 + new java.util.Random().nextInt(9000));
        if (organisation.findEpao(recorded).isEmpty()) {
            organisation.epao(new EpaoDetails("Assessors of the catalogue test", recorded, null, null, null));
        }
        int known = standards.withLarsCodes().get(0).larsCode().orElseThrow();
        IlrValidator validator = checking.validator(IlrLearners.YEAR);

        assertThat(validator.check(IlrLearners.apprentice().programmeAim(a -> {
            a.stdCode = known;
            a.epaOrgId = "EPA0000";
        }).build())).extracting(IlrFinding::rule).contains("EPAOrgID_01");
        assertThat(validator.check(IlrLearners.apprentice().programmeAim(a -> {
            a.stdCode = known;
            a.epaOrgId = recorded;
        }).build())).extracting(IlrFinding::rule).doesNotContain("EPAOrgID_01");
    }
}
