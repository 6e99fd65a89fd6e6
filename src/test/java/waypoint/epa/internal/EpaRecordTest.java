package waypoint.epa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.catalogue.GatewayItemKind;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.epa.EpaStage;
import waypoint.epa.internal.EpaRecord.Gateway;

/** The EPA record guards its own steps: the table, the passed gateway and the completion's dates. */
class EpaRecordTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final GatewayChecklist.Item MET = new GatewayChecklist.Item("portfolio", GatewayItemKind.PORTFOLIO_SUBMITTED,
            "Portfolio", true, "Seen", GatewayChecklist.ConfirmedBy.STAFF, null);
    static final GatewayChecklist.Item NOT_MET = new GatewayChecklist.Item("portfolio",
            GatewayItemKind.PORTFOLIO_SUBMITTED, "Portfolio", false, "Not confirmed yet",
            GatewayChecklist.ConfirmedBy.STAFF, null);
    static final List<String> ALL_SIGNED = List.of("MENTOR", "EMPLOYER", "APPRENTICE");
    static final java.time.Instant NOON = java.time.Instant.parse("2026-06-01T11:00:00Z");

    static ApprenticeshipId anyId() {
        return new ApprenticeshipId(UUID.randomUUID());
    }

    EpaRecord atTheGateway() {
        return EpaRecord.preparing(anyId()).holdMeeting(true, DAY, "Mentor", "Employer", "Apprentice", "",
                "text", List.of(MET)).after();
    }

    @Test
    void a_ready_meeting_with_an_item_not_met_is_refused_naming_it() {
        assertThatThrownBy(() -> EpaRecord.preparing(anyId()).holdMeeting(true, DAY, "M", "E", "A", "",
                "text", List.of(NOT_MET))).isInstanceOf(EpaRefusedException.class).hasMessageContaining("Portfolio");
    }

    @Test
    void a_booking_needs_every_party_to_have_signed_the_meeting_record() {
        EpaRecord record = atTheGateway();
        Gateway mentorOnly = Gateway.of(record, List.of(MET), List.of("MENTOR"));
        assertThat(mentorOnly.passed()).isFalse();
        assertThatThrownBy(() -> record.book(mentorOnly, UUID.randomUUID(), "Test", NOON)).isInstanceOf(EpaRefusedException.class)
                .hasMessageContaining("The gateway is not passed")
                .hasMessageContaining("The employer's signature on the gateway meeting record")
                .hasMessageContaining("The apprentice's signature on the gateway meeting record");
        assertThat(record.book(Gateway.of(record, List.of(MET), ALL_SIGNED), UUID.randomUUID(), "Test", NOON).after()
                .stage()).isEqualTo(EpaStage.ASSESSMENT);
    }

    @Test
    void a_migrated_apprenticeship_in_the_assessment_without_a_gateway_cannot_book_grade_or_complete() {
        EpaRecord migrated = EpaRecord.asTheLifecycleImplies(anyId(), EpaStage.ASSESSMENT);
        Gateway gateway = Gateway.of(migrated, List.of(NOT_MET), List.of());
        assertThat(gateway.missing()).containsExactly("Portfolio",
                "A gateway meeting that decided the apprentice is ready");
        assertThatThrownBy(() -> migrated.book(gateway, UUID.randomUUID(), "Test", NOON))
                .hasMessageContaining("Portfolio");
        assertThatThrownBy(() -> migrated.recordResult("Pass", gateway, "Test", "Pass", 1, NOON))
                .hasMessageContaining("The gateway is not passed");
        EpaRecord passedStage = EpaRecord.asTheLifecycleImplies(anyId(), EpaStage.PASSED);
        assertThatThrownBy(() -> passedStage.complete(DAY, DAY, DAY, gateway, "Pass"))
                .hasMessageContaining("The gateway is not passed");
    }

    @Test
    void a_migrated_apprenticeship_records_its_earlier_meeting_once_and_stays_where_it_is() {
        EpaRecord migrated = EpaRecord.asTheLifecycleImplies(anyId(), EpaStage.ASSESSMENT);
        EpaRecord met = migrated.recordEarlierMeeting(DAY, "M", "E", "A", "", "text").after();
        assertThat(met.stage()).isEqualTo(EpaStage.ASSESSMENT);
        assertThat(met.meetingDecidedReady()).isTrue();
        assertThatThrownBy(() -> met.recordEarlierMeeting(DAY, "M", "E", "A", "", "text"))
                .hasMessageContaining("recorded already");
    }

    @Test
    void the_achievement_date_is_on_or_after_the_last_graded_method_when_completing_and_when_correcting() {
        EpaRecord passed = atTheGateway().book(Gateway.of(atTheGateway(), List.of(MET), ALL_SIGNED),
                UUID.randomUUID(), "Test", NOON).after().recordResult("Pass", Gateway.of(atTheGateway(),
                        List.of(MET), ALL_SIGNED), "Test", "Pass", 1, NOON).after();
        Gateway gateway = Gateway.of(passed, List.of(MET), ALL_SIGNED);
        assertThatThrownBy(() -> passed.complete(DAY, DAY, DAY.plusDays(1), gateway, "Pass"))
                .hasMessageContaining("on or after the last graded method");
        EpaRecord completed = passed.complete(DAY, DAY.plusDays(1), DAY.plusDays(1), gateway, "Pass").after();
        assertThat(completed.stage()).isEqualTo(EpaStage.COMPLETED);
        assertThatThrownBy(() -> completed.correctCompletion(DAY, DAY, DAY.plusDays(1), "Cat", "Typo"))
                .hasMessageContaining("on or after the last graded method");
        assertThat(completed.correctCompletion(DAY.minusDays(1), DAY.plusDays(2), DAY.plusDays(1), "Cat", "Typo")
                .after().achievementDate())
                .isEqualTo(DAY.plusDays(2));
        assertThatThrownBy(() -> passed.correctCompletion(DAY, DAY.plusDays(1), DAY, "Cat", "Typo"))
                .as("only a completion is corrected").isInstanceOf(EpaRefusedException.class);
    }

    @Test
    void a_waived_item_counts_as_met_and_says_who_waived_it_but_the_minimum_duration_is_never_waived() {
        var waivers = java.util.Map.of(GatewayChecklist.OTJ, new GatewayChecklist.Waiver("Hours kept on paper",
                "Wanda Waiver", java.time.Instant.EPOCH), GatewayChecklist.DURATION, new GatewayChecklist.Waiver(
                        "Nearly there", "Wanda Waiver", java.time.Instant.EPOCH));
        List<GatewayChecklist.Item> items = GatewayChecklist.evaluate(new GatewayChecklist.Facts(10, 372L, "pack",
                java.math.BigDecimal.ZERO, new java.math.BigDecimal("100"),
                new GatewayChecklist.Subject(false, "Not required", null),
                new GatewayChecklist.Subject(false, "Not required", null), List.of(), java.util.Map.of(), List.of(),
                waivers));
        GatewayChecklist.Item otj = items.stream().filter(i -> i.key().equals(GatewayChecklist.OTJ)).findFirst()
                .orElseThrow();
        assertThat(otj.met()).isTrue();
        assertThat(otj.waived()).isTrue();
        assertThat(otj.status()).isEqualTo("Waived");
        assertThat(otj.evidence()).startsWith("Waived by Wanda Waiver: Hours kept on paper");
        GatewayChecklist.Item duration = items.stream().filter(i -> i.key().equals(GatewayChecklist.DURATION))
                .findFirst().orElseThrow();
        assertThat(duration.met()).isFalse();
    }

    @Test
    void every_step_of_an_apprenticeship_unit_s_record_is_refused_naming_the_unit_funding_rules() {
        EpaRecord unit = EpaRecord.preparing(anyId(), waypoint.rules.ProgrammeType.APPRENTICESHIP_UNIT);
        EpaRecord passedUnit = unit.asTheLifecycleImplies(EpaStage.PASSED);
        Gateway gateway = Gateway.of(unit, List.of(MET), ALL_SIGNED);
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> steps = List.of(
                () -> unit.confirmItem("portfolio", "Seen"),
                () -> unit.waiveItem(NOT_MET, "Because", "Wanda"),
                () -> unit.holdMeeting(true, DAY, "M", "E", "A", "", "text", List.of(MET)),
                () -> unit.holdMeeting(false, DAY, "M", "E", "A", "", "text", List.of(MET)),
                () -> unit.recordEarlierMeeting(DAY, "M", "E", "A", "", "text"),
                () -> unit.signMeeting(EpaPolicy.Party.MENTOR),
                () -> unit.book(gateway, UUID.randomUUID(), "Test", NOON),
                () -> unit.bookOnProgrammeComponent(UUID.randomUUID(), "Test", NOON),
                () -> unit.recordResult("Pass", gateway, "Test", "Pass", 1, NOON),
                () -> unit.appeal(UUID.randomUUID(), "Test", "Fail", DAY, "FB-1"),
                () -> unit.reviseGrade("Pass", "Test", "Fail", "Pass"),
                () -> passedUnit.complete(DAY, DAY, DAY, gateway, "Pass"),
                () -> passedUnit.correctCompletion(DAY, DAY, DAY, "Cat", "Typo"),
                () -> passedUnit.trackCertificate(DAY, null),
                () -> passedUnit.recordProgression("PROMOTION", "", DAY));
        assertThat(unit.applies()).isFalse();
        steps.forEach(step -> assertThatThrownBy(step).isInstanceOf(EpaRefusedException.class)
                .hasMessageContaining("apprenticeship unit funding rules"));
        // a foundation apprenticeship keeps its end-point assessment
        assertThat(EpaRecord.preparing(anyId(), waypoint.rules.ProgrammeType.FOUNDATION_APPRENTICESHIP)
                .holdMeeting(true, DAY, "M", "E", "A", "", "text", List.of(MET)).after().stage())
                .isEqualTo(EpaStage.GATEWAY);
    }
}
