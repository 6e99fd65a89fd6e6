package waypoint.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.IncidentCategory;
import waypoint.safeguarding.RiskLevel;
import waypoint.shared.web.FieldValidationException;

/**
 * The rules a concern keeps whatever route raises it (the page, the API, an import): a health and safety incident
 * happened today or before, and its triage says whether it is reportable under RIDDOR.
 */
class ConcernRulesTest {

    private static final Instant NOON_ON_THE_FIFTH = Instant.parse("2026-03-05T12:00:00Z");

    private static Concern incidentOn(LocalDate day) {
        return Concern.raise(ConcernKind.HEALTH_AND_SAFETY, NOON_ON_THE_FIFTH, UUID.randomUUID(), "Sam", null,
                "A ladder slipped", new Concern.Incident(IncidentCategory.values()[0], day, "Workshop", null, null));
    }

    @Test
    void an_incident_dated_after_the_day_it_is_reported_is_refused_on_its_date() {
        assertThatThrownBy(() -> incidentOn(LocalDate.of(2026, 3, 6)))
                .isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors())
                        .containsEntry("occurredOn", "The date it happened must be today or in the past"));
        assertThat(incidentOn(LocalDate.of(2026, 3, 5)).incident().occurredOn()).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void a_health_and_safety_triage_says_whether_the_incident_is_reportable_under_riddor() {
        Concern incident = incidentOn(LocalDate.of(2026, 3, 4));
        assertThatThrownBy(() -> incident.triage(RiskLevel.values()[0], null))
                .isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors()).containsKey("riddor"));
        assertThat(incident.status()).isEqualTo(ConcernStatus.OPEN);

        incident.triage(RiskLevel.values()[0], false);
        assertThat(incident.riddorReportable()).isFalse();
    }

    @Test
    void other_kinds_of_concern_have_no_incident_and_no_riddor_question() {
        Concern bullying = Concern.raise(ConcernKind.BULLYING_OR_HARASSMENT, NOON_ON_THE_FIFTH, UUID.randomUUID(),
                "Sam", null, "Name-calling", null);
        bullying.triage(RiskLevel.values()[0], null);
        assertThat(bullying.incident()).isNull();
        assertThat(bullying.riddorReportable()).isNull();
    }
}
