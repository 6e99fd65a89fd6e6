package waypoint.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.messaging.NotificationRequested;
import waypoint.shared.web.FieldValidationException;

/**
 * A quality assurer's sample of a tutor's decision: a disagreement reaches the tutor and the quality lead and stays
 * open until the tutor responds, once; an agreement needs no response; a refused step changes nothing and registers
 * nothing (docs/domain/portfolio.md, internal quality assurance).
 */
class QualitySampleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID ASSESSOR = UUID.randomUUID();
    private static final UUID TUTOR_NOW = UUID.randomUUID();
    private static final UUID LEAD = UUID.randomUUID();
    private static final QualitySample.Person SAMPLER = new QualitySample.Person(UUID.randomUUID(), "Quinn Quality");
    private static final QualitySamples.Decision DECISION = new QualitySamples.Decision(UUID.randomUUID(),
            new ApprenticeshipId(UUID.randomUUID()), "Sam Learner", UUID.randomUUID(), "Team meeting notes", 1, "K2",
            ClaimDecision.ACCEPTED, null, ASSESSOR, "Tara Tutor", NOW.minusSeconds(86_400), null, null, List.of());

    private static List<NotificationRequested> told(QualitySample s) {
        return s.events().stream().filter(NotificationRequested.class::isInstance)
                .map(NotificationRequested.class::cast).toList();
    }

    @Test
    void a_disagreement_reaches_the_tutors_and_the_quality_lead_but_not_the_sampler_and_stays_open() {
        QualitySample s = QualitySample.take(DECISION, SAMPLER, false, " The notes do not show K2 ", TUTOR_NOW,
                List.of(SAMPLER.id(), LEAD), NOW);

        assertThat(s.open()).isTrue();
        assertThat(s.events().get(0)).isInstanceOfSatisfying(RecordChanged.class,
                r -> assertThat(r.after()).startsWith("disagrees with decision " + DECISION.id()));
        assertThat(told(s)).extracting(NotificationRequested::recipientAccountId)
                .containsExactly(ASSESSOR, TUTOR_NOW, LEAD);
        assertThat(told(s).get(0).body()).isEqualTo("“Team meeting notes”, K2 accepted. The notes do not show K2"
                + " Respond to close the action.");
        assertThat(told(s).get(2).title()).isEqualTo("Disagreement recorded on Sam Learner's evidence");
    }

    @Test
    void an_agreement_tells_nobody_and_needs_no_response() {
        QualitySample s = QualitySample.take(DECISION, SAMPLER, true, "Fine", TUTOR_NOW, List.of(LEAD), NOW);

        assertThat(s.open()).isFalse();
        assertThat(told(s)).isEmpty();
        QualitySample stored = QualitySample.of(s.row(), DECISION);
        assertThatThrownBy(() -> stored.close(new QualitySample.Person(ASSESSOR, "Tara Tutor"), "Noted", NOW))
                .isInstanceOf(EvidenceRefusedException.class).hasMessage("An agreement needs no response");
        assertThat(stored.events()).isEmpty();
    }

    @Test
    void the_tutors_response_closes_the_disagreement_once_and_the_quality_assurer_is_told() {
        QualitySample taken = QualitySample.take(DECISION, SAMPLER, false, "Not shown", TUTOR_NOW, List.of(), NOW);
        QualitySample s = QualitySample.of(taken.row(), DECISION);

        assertThatThrownBy(() -> s.close(new QualitySample.Person(ASSESSOR, "Tara Tutor"), "  ", NOW))
                .isInstanceOf(FieldValidationException.class);
        assertThat(s.open()).isTrue();
        assertThat(s.events()).isEmpty();

        s.close(new QualitySample.Person(ASSESSOR, "Tara Tutor"), " Added the minutes ", NOW);

        assertThat(s.open()).isFalse();
        assertThat(s.row().response()).isEqualTo("Added the minutes");
        assertThat(told(s)).singleElement().satisfies(n -> {
            assertThat(n.recipientAccountId()).isEqualTo(SAMPLER.id());
            assertThat(n.title()).isEqualTo("Tara Tutor responded to your disagreement on K2");
        });
        QualitySample closed = QualitySample.of(s.row(), DECISION);
        assertThatThrownBy(() -> closed.close(new QualitySample.Person(ASSESSOR, "Tara Tutor"), "again", NOW))
                .isInstanceOf(EvidenceRefusedException.class).hasMessage("This disagreement is already closed");
        assertThat(closed.events()).isEmpty();
    }
}
