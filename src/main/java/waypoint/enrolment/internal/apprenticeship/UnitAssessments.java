package waypoint.enrolment.internal.apprenticeship;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.enrolment.ApprenticeshipId;

/** The provider test and employer validation that ended an apprenticeship unit (docs/domain/programme-types.md). */
@Repository
class UnitAssessments {

    private final JdbcClient jdbc;

    UnitAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApprenticeshipId apprenticeshipId, UnitAssessment assessment, StatusChange.Recorded recorded) {
        jdbc.sql("""
                        INSERT INTO unit_assessment (apprenticeship_id, test, passed_on, validated_by, validated_on,
                                                     recorded_by, recorded_at)
                        VALUES (:id, :test, :passed, :by, :validated, :recordedBy, :at)""")
                .param("id", apprenticeshipId).param("test", assessment.test())
                .param("passed", assessment.passedOn()).param("by", assessment.validatedBy())
                .param("validated", assessment.validatedOn()).param("recordedBy", recorded.by())
                .param("at", Timestamp.from(recorded.at())).update();
    }

    Optional<UnitAssessment> of(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT test, passed_on, validated_by, validated_on FROM unit_assessment"
                        + " WHERE apprenticeship_id = :id")
                .param("id", apprenticeshipId)
                .query((rs, n) -> new UnitAssessment(rs.getString(1), rs.getObject(2, java.time.LocalDate.class),
                        rs.getString(3), rs.getObject(4, java.time.LocalDate.class)))
                .optional();
    }
}
