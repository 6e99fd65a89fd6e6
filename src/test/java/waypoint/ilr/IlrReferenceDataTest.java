package waypoint.ilr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * What the official rules know of the standards and assessment organisations comes from what a provider records
 * (docs/domain/ilr.md, "Checking a return before upload"): a catalogue's standard versions sharing a LARS code are one
 * standard, and the organisations recorded are the ones known where a standard's own are not.
 */
class IlrReferenceDataTest {

    @Test
    void the_versions_of_a_standard_make_one_standard_available_from_the_first_approval() {
        Map<Integer, IlrReferenceData.Standard> standards = IlrReferenceData.Standard.fromVersions(List.of(
                new IlrReferenceData.VersionDates(283, LocalDate.of(2021, 3, 1), LocalDate.of(2024, 1, 1)),
                new IlrReferenceData.VersionDates(283, LocalDate.of(2019, 5, 1), null),
                new IlrReferenceData.VersionDates(403, null, LocalDate.of(2023, 7, 31)),
                new IlrReferenceData.VersionDates(403, LocalDate.of(2018, 1, 1), LocalDate.of(2024, 7, 31))));

        assertThat(standards.get(283)).isEqualTo(
                new IlrReferenceData.Standard(283, LocalDate.of(2019, 5, 1), null, null));
        assertThat(standards.get(403)).as("every version retired: no new starts after the last retirement")
                .isEqualTo(new IlrReferenceData.Standard(403, LocalDate.of(2018, 1, 1), null,
                        LocalDate.of(2024, 7, 31)));
    }

    @Test
    void an_assessment_organisation_the_provider_has_not_recorded_breaks_EPAOrgID_01_where_a_standard_s_own_are_not_known() {
        IlrValidator validator = IlrValidator.forYear(IlrLearners.YEAR, IlrReferenceData.known()
                .withToday(IlrLearners.PREPARED_ON).withRecordedAssessmentOrganisations(Set.of(IlrLearners.EPAO)));

        assertThat(validator.check(IlrLearners.apprentice().programmeAim(a -> a.epaOrgId = "EPA0999").build()))
                .extracting(IlrFinding::rule).contains("EPAOrgID_01");
        assertThat(validator.check(IlrLearners.apprentice().build())).extracting(IlrFinding::rule)
                .doesNotContain("EPAOrgID_01");
    }
}
