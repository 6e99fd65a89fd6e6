package waypoint.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.messaging.NotificationRequested;
import waypoint.shared.web.FieldValidationException;

/**
 * The evidence aggregate moves only as the evidence state table allows, whatever the route, and registers the audit
 * entry and who is told; a refused step changes nothing and registers nothing; signing off one KSB locks that claim,
 * not the item's other claims (docs/domain/portfolio.md).
 */
class EvidenceItemTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID LEARNER = UUID.randomUUID();
    private static final UUID TUTOR = UUID.randomUUID();
    private static final EvidenceItem.Owner OWNER = new EvidenceItem.Owner(new ApprenticeshipId(UUID.randomUUID()),
            "Sam Learner", LEARNER,
            TUTOR);

    private static Evidence.Claim claim(String code, ClaimDecision decision) {
        return new Evidence.Claim(code, decision, decision == ClaimDecision.REFERRED_BACK ? "More" : null, false);
    }

    private static EvidenceItem item(EvidenceState state, Set<String> signedOff, Evidence.Claim... claims) {
        Evidence e = new Evidence(UUID.randomUUID(), OWNER.apprenticeshipId(), "A web app", null,
                LocalDate.of(2026, 11, 20), EvidenceType.values()[0], EvidenceForm.TEXT, state, 1, false, LEARNER,
                NOW.minusSeconds(3600), NOW.minusSeconds(3600), 4, Arrays.asList(claims));
        return EvidenceItem.of(e, OWNER, signedOff, NOW);
    }

    private static EvidenceVersion version(UUID id, int number, Scan scan) {
        return new EvidenceVersion(id, number, "The text", null, null, null, null, null, null, scan, null, LEARNER,
                NOW);
    }

    private static List<RecordChanged> audit(EvidenceItem item) {
        return item.events().stream().filter(RecordChanged.class::isInstance).map(RecordChanged.class::cast).toList();
    }

    private static List<NotificationRequested> told(EvidenceItem item) {
        return item.events().stream().filter(NotificationRequested.class::isInstance)
                .map(NotificationRequested.class::cast).toList();
    }

    private static void assertUnchanged(EvidenceItem item, Evidence before) {
        assertThat(item.snapshot()).isEqualTo(before);
        assertThat(item.events()).isEmpty();
        assertThat(item.assessments()).isEmpty();
        assertThat(item.newVersions()).isEmpty();
        assertThat(item.touched()).isFalse();
    }

    @Test
    void submitted_evidence_waits_for_assessment_and_the_tutor_is_told() {
        UUID id = UUID.randomUUID();
        EvidenceItem item = EvidenceItem.submit(OWNER, new EvidenceItem.Details("A web app", null,
                LocalDate.of(2026, 11, 20), EvidenceType.values()[0]), EvidenceForm.TEXT, List.of("K1", "S2"),
                version(id, 1, Scan.NOT_SCANNED), LEARNER, Set.of(), NOW);

        assertThat(item.state()).isEqualTo(EvidenceState.SUBMITTED);
        assertThat(item.claims()).extracting(Evidence.Claim::decision).containsOnly(ClaimDecision.PENDING);
        assertThat(audit(item)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(RecordChanged.Action.CREATED);
            assertThat(r.after()).isEqualTo("A web app (SUBMITTED)");
        });
        assertThat(told(item)).singleElement().satisfies(n -> {
            assertThat(n.recipientAccountId()).isEqualTo(TUTOR);
            assertThat(n.body()).isEqualTo("“A web app” was submitted and waits for your assessment.");
        });
    }

    @Test
    void a_file_the_virus_scan_caught_is_quarantined_at_once_and_nobody_is_asked_to_assess_it() {
        UUID id = UUID.randomUUID();
        EvidenceItem item = EvidenceItem.submit(OWNER, new EvidenceItem.Details("A web app", null,
                LocalDate.of(2026, 11, 20), EvidenceType.values()[0]), EvidenceForm.FILE, List.of("K1"),
                version(id, 1, Scan.QUARANTINED), LEARNER, Set.of(), NOW);

        assertThat(item.state()).isEqualTo(EvidenceState.QUARANTINED);
        assertThat(told(item)).isEmpty();
    }

    @Test
    void accepting_every_claim_accepts_the_item_keeps_each_decision_and_tells_the_learner() {
        EvidenceItem item = item(EvidenceState.SUBMITTED, Set.of(), claim("K1", ClaimDecision.PENDING),
                claim("S2", ClaimDecision.PENDING));

        assertThat(item.assess(List.of(new EvidenceDecision("K1", ClaimDecision.ACCEPTED, null),
                new EvidenceDecision("S2", ClaimDecision.ACCEPTED, "Good")), TUTOR)).isEqualTo(EvidenceState.ACCEPTED);

        assertThat(item.state()).isEqualTo(EvidenceState.ACCEPTED);
        assertThat(item.claims()).extracting(Evidence.Claim::decision).containsOnly(ClaimDecision.ACCEPTED);
        assertThat(item.assessments()).extracting(EvidenceItem.Assessment::ksbCode).containsExactly("K1", "S2");
        assertThat(audit(item)).singleElement().satisfies(r -> {
            assertThat(r.before()).isEqualTo("SUBMITTED");
            assertThat(r.after()).isEqualTo("ACCEPTED");
        });
        assertThat(told(item)).singleElement().satisfies(n -> {
            assertThat(n.recipientAccountId()).isEqualTo(LEARNER);
            assertThat(n.title()).isEqualTo("Evidence accepted: A web app");
        });
    }

    @Test
    void referring_back_one_claim_refers_the_item_back_with_the_feedback_for_the_learner() {
        EvidenceItem item = item(EvidenceState.SUBMITTED, Set.of(), claim("K1", ClaimDecision.PENDING),
                claim("S2", ClaimDecision.PENDING));

        item.assess(List.of(new EvidenceDecision("K1", ClaimDecision.ACCEPTED, null),
                new EvidenceDecision("S2", ClaimDecision.REFERRED_BACK, "Show the tests")), TUTOR);

        assertThat(item.state()).isEqualTo(EvidenceState.REFERRED_BACK);
        assertThat(told(item)).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Evidence referred back: A web app");
            assertThat(n.body()).contains("S2: referred back — Show the tests").endsWith("Change it and resubmit it.");
        });
    }

    @Test
    void a_step_the_table_refuses_changes_nothing_and_registers_nothing() {
        EvidenceItem referred = item(EvidenceState.REFERRED_BACK, Set.of(), claim("K1", ClaimDecision.REFERRED_BACK));
        Evidence before = referred.snapshot();
        assertThatThrownBy(() -> referred.assess(List.of(new EvidenceDecision("K1", ClaimDecision.ACCEPTED, null)),
                TUTOR)).isInstanceOf(EvidenceRefusedException.class)
                .hasMessage("You cannot accept evidence that is referred back");
        assertUnchanged(referred, before);

        EvidenceItem submitted = item(EvidenceState.SUBMITTED, Set.of(), claim("K1", ClaimDecision.PENDING));
        Evidence waiting = submitted.snapshot();
        assertThatThrownBy(() -> submitted.resubmit(version(submitted.id(), 2, Scan.NOT_SCANNED), LEARNER))
                .isInstanceOf(EvidenceRefusedException.class);
        assertThatThrownBy(submitted::chooseForShowcase).isInstanceOf(EvidenceRefusedException.class);
        assertThatThrownBy(() -> submitted.signOff("K1")).isInstanceOf(EvidenceRefusedException.class);
        assertUnchanged(submitted, waiting);

        EvidenceItem accepted = item(EvidenceState.ACCEPTED, Set.of(), claim("K1", ClaimDecision.ACCEPTED));
        Evidence done = accepted.snapshot();
        assertThatThrownBy(accepted::quarantineCurrentVersion).isInstanceOf(EvidenceRefusedException.class);
        assertUnchanged(accepted, done);
    }

    @Test
    void a_claim_left_undecided_is_refused_on_its_own_field_and_nothing_changes() {
        EvidenceItem item = item(EvidenceState.SUBMITTED, Set.of(), claim("K1", ClaimDecision.PENDING),
                claim("S2", ClaimDecision.PENDING), claim("S3", ClaimDecision.PENDING));
        Evidence before = item.snapshot();
        assertThatThrownBy(() -> item.assess(List.of(new EvidenceDecision("K1", ClaimDecision.REFERRED_BACK,
                "Show the code")), TUTOR)).isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors())
                        .containsOnlyKeys("decision-S2", "decision-S3")
                        .containsEntry("decision-S2", "Choose whether S2 is accepted or referred back"));
        assertUnchanged(item, before);
    }

    @Test
    void a_resubmitted_version_waits_again_for_the_claims_referred_back_and_the_tutor_is_told() {
        EvidenceItem item = item(EvidenceState.REFERRED_BACK, Set.of(), claim("K1", ClaimDecision.ACCEPTED),
                claim("S2", ClaimDecision.REFERRED_BACK));

        assertThat(item.resubmit(version(item.id(), 2, Scan.NOT_SCANNED), LEARNER)).isEqualTo(EvidenceState.SUBMITTED);

        assertThat(item.currentNumber()).isEqualTo(2);
        assertThat(item.claims()).extracting(Evidence.Claim::decision)
                .containsExactly(ClaimDecision.ACCEPTED, ClaimDecision.PENDING);
        assertThat(item.newVersions()).hasSize(1);
        assertThat(audit(item)).singleElement().satisfies(r -> assertThat(r.after()).isEqualTo("version 2"));
        assertThat(told(item)).singleElement().satisfies(n -> assertThat(n.body())
                .isEqualTo("“A web app” was resubmitted as version 2 and waits for your assessment."));
    }

    @Test
    void a_virus_scan_after_the_upload_quarantines_the_item_and_a_clean_file_sends_it_for_assessment_again() {
        EvidenceItem item = item(EvidenceState.SUBMITTED, Set.of(), claim("K1", ClaimDecision.PENDING));
        item.quarantineCurrentVersion();
        assertThat(item.state()).isEqualTo(EvidenceState.QUARANTINED);
        assertThat(item.currentQuarantined()).isTrue();
        assertThat(audit(item)).singleElement()
                .satisfies(r -> assertThat(r.after()).isEqualTo("QUARANTINED: the file failed the virus scan"));

        EvidenceItem again = item(EvidenceState.QUARANTINED, Set.of(), claim("K1", ClaimDecision.PENDING));
        assertThat(again.resubmit(version(again.id(), 2, Scan.QUARANTINED), LEARNER))
                .isEqualTo(EvidenceState.QUARANTINED);
        assertThat(told(again)).isEmpty();
    }

    @Test
    void signing_off_one_ksb_locks_that_claim_and_leaves_the_items_other_claims_open() {
        EvidenceItem item = item(EvidenceState.ACCEPTED, Set.of(), claim("K1", ClaimDecision.ACCEPTED),
                claim("S2", ClaimDecision.ACCEPTED));

        item.signOff("K1");

        assertThat(item.state()).isEqualTo(EvidenceState.ACCEPTED);
        assertThat(item.signedOffCodes()).containsExactly("K1");
        assertThat(item.events()).isEmpty();
        // the signed-off claim is locked ...
        assertThatThrownBy(() -> item.assess(List.of(new EvidenceDecision("K1", ClaimDecision.REFERRED_BACK, "No")),
                TUTOR)).isInstanceOf(EvidenceRefusedException.class).hasMessage("K1 is signed off: its evidence is locked");
        // ... the other stays open: the tutor may still refer it back
        assertThat(item.assess(List.of(new EvidenceDecision("S2", ClaimDecision.REFERRED_BACK, "More on S2")), TUTOR))
                .isEqualTo(EvidenceState.REFERRED_BACK);
        assertThat(item.claims()).extracting(Evidence.Claim::ksbCode, Evidence.Claim::decision,
                Evidence.Claim::signedOff).containsExactly(
                org.assertj.core.groups.Tuple.tuple("K1", ClaimDecision.ACCEPTED, true),
                org.assertj.core.groups.Tuple.tuple("S2", ClaimDecision.REFERRED_BACK, false));
        // and the apprentice may change the item for it, but keeps claiming the signed-off KSB
        assertThatThrownBy(() -> item.change(new EvidenceItem.Details("Renamed", null, LocalDate.of(2026, 11, 20),
                EvidenceType.values()[0]), List.of("S2"), 4)).isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors().get("ksbs"))
                        .isEqualTo("Keep claiming K1: signed off, so this evidence for it is locked"));
    }

    @Test
    void the_item_is_locked_whole_once_every_ksb_it_claims_is_signed_off() {
        EvidenceItem item = item(EvidenceState.ACCEPTED, Set.of("K1"), claim("K1", ClaimDecision.ACCEPTED),
                claim("S2", ClaimDecision.ACCEPTED));

        item.signOff("S2");

        assertThat(item.state()).isEqualTo(EvidenceState.SIGNED_OFF);
        assertThatThrownBy(() -> item.signOff("S2")).isInstanceOf(EvidenceRefusedException.class)
                .hasMessage("S2 is already signed off");
        assertThat(audit(item)).singleElement().satisfies(r -> {
            assertThat(r.before()).isEqualTo("ACCEPTED");
            assertThat(r.after()).isEqualTo("SIGNED_OFF");
        });
        assertThatThrownBy(() -> item.check(EvidenceAction.EDIT)).isInstanceOf(EvidenceRefusedException.class)
                .hasMessageContaining("signed-off evidence is locked");
        item.chooseForShowcase();
        assertThat(item.snapshot().inShowcase()).isTrue();
    }

    @Test
    void accepting_evidence_for_ksbs_already_signed_off_locks_it_at_once() {
        EvidenceItem item = item(EvidenceState.SUBMITTED, Set.of("K1"), claim("K1", ClaimDecision.PENDING));

        item.assess(List.of(new EvidenceDecision("K1", ClaimDecision.ACCEPTED, null)), TUTOR);

        assertThat(item.state()).isEqualTo(EvidenceState.SIGNED_OFF);
        assertThat(audit(item)).extracting(RecordChanged::after).containsExactly("ACCEPTED", "SIGNED_OFF");
    }

    @Test
    void changing_the_claims_keeps_each_decision_still_claimed_and_a_new_ksb_waits_for_assessment() {
        EvidenceItem item = item(EvidenceState.REFERRED_BACK, Set.of(), claim("K1", ClaimDecision.ACCEPTED),
                claim("S2", ClaimDecision.REFERRED_BACK));

        item.change(new EvidenceItem.Details("Renamed", null, LocalDate.of(2026, 11, 20), EvidenceType.values()[0]),
                List.of("K1", "B3"), 4);

        assertThat(item.state()).isEqualTo(EvidenceState.REFERRED_BACK);
        assertThat(item.claims()).extracting(Evidence.Claim::ksbCode, Evidence.Claim::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple("K1", ClaimDecision.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple("B3", ClaimDecision.PENDING));
        assertThat(audit(item)).singleElement().satisfies(r -> {
            assertThat(r.before()).isEqualTo("A web app");
            assertThat(r.after()).isEqualTo("Renamed");
        });
    }
}
