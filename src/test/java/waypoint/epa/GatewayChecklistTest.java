package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import waypoint.catalogue.GatewayItem;
import waypoint.catalogue.GatewayItemKind;
import waypoint.epa.internal.GatewayChecklist;
import waypoint.epa.internal.GatewayChecklist.Confirmation;
import waypoint.epa.internal.GatewayChecklist.ConfirmedBy;
import waypoint.epa.internal.GatewayChecklist.Facts;
import waypoint.epa.internal.GatewayChecklist.Item;
import waypoint.epa.internal.GatewayChecklist.Subject;

/** The gateway checklist table: each item, what meets it and its evidence. */
class GatewayChecklistTest {

    static final List<GatewayItem> LEARNING_MENTOR = List.of(
            new GatewayItem(GatewayItemKind.EMPLOYER_CONFIRMATION, "The employer agrees", Optional.empty()),
            new GatewayItem(GatewayItemKind.QUALIFICATION_ACHIEVED, "Level 1 safeguarding",
                    Optional.of("the Learning mentor course page")),
            new GatewayItem(GatewayItemKind.QUALIFICATION_ACHIEVED, "Level 2 English, unless exempt", Optional.empty()),
            new GatewayItem(GatewayItemKind.PORTFOLIO_SUBMITTED, "Portfolio", Optional.empty()),
            new GatewayItem(GatewayItemKind.SHOWCASE_PREPARED, "Showcase of exemplar practice", Optional.empty()));

    static final Subject REQUIRED = new Subject(true, "Required: Level 2", null);
    static final Subject NOT_REQUIRED = new Subject(false, "Not required: the employer's decision", null);
    static final Subject EXEMPT = new Subject(true, "Required: Level 2", "GCSE English grade 5");

    Map<String, Confirmation> confirmations = new HashMap<>();

    Facts facts(long days, BigDecimal approved, Subject english, List<GatewayEvidence> other) {
        return new Facts(days, 372L, "Starts from 1 August 2025", approved, new BigDecimal("278"), english,
                NOT_REQUIRED, LEARNING_MENTOR, confirmations, other);
    }

    Item item(List<Item> items, String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    void confirm(String key) {
        confirmations.put(key, new Confirmation("Seen", "Tia Tutor", "Recorded by staff", Instant.EPOCH));
    }

    @Test
    void every_apprenticeship_is_checked_for_duration_hours_english_maths_and_both_confirmations() {
        List<Item> items = GatewayChecklist.evaluate(new Facts(0, null, "none", BigDecimal.ZERO, null, REQUIRED,
                REQUIRED, List.of(), Map.of(), List.of()));
        assertThat(items).extracting(Item::key).containsExactly(GatewayChecklist.DURATION, GatewayChecklist.OTJ,
                GatewayChecklist.ENGLISH, GatewayChecklist.MATHS, GatewayChecklist.EMPLOYER,
                GatewayChecklist.APPRENTICE);
        assertThat(items).noneMatch(Item::met);
    }

    @Test
    void the_standards_own_items_are_added_and_english_is_not_listed_twice() {
        List<Item> items = GatewayChecklist.evaluate(facts(400, BigDecimal.ZERO, REQUIRED, List.of()));
        assertThat(items).extracting(Item::description).contains("Level 1 safeguarding", "Portfolio",
                "Showcase of exemplar practice").doesNotContain("Level 2 English, unless exempt");
        assertThat(item(items, "qualification-level-1-safeguarding").confirmedBy()).isEqualTo(ConfirmedBy.STAFF);
        assertThat(item(items, GatewayChecklist.EMPLOYER).description()).isEqualTo("The employer agrees");
    }

    @Test
    void the_minimum_duration_is_met_by_days_in_learning_at_least_the_rule_packs_minimum() {
        assertThat(item(GatewayChecklist.evaluate(facts(371, BigDecimal.ZERO, REQUIRED, List.of())),
                GatewayChecklist.DURATION).met()).isFalse();
        Item met = item(GatewayChecklist.evaluate(facts(372, BigDecimal.ZERO, REQUIRED, List.of())),
                GatewayChecklist.DURATION);
        assertThat(met.met()).isTrue();
        assertThat(met.evidence()).isEqualTo("372 days in learning (breaks excluded). Checked: the funding rules'"
                + " minimum of 372 days, met");
    }

    @Test
    void the_minimum_duration_also_checks_the_standards_own_minimum_on_programme_and_says_which_it_checked() {
        List<GatewayItem> mentor = List.of(new GatewayItem(GatewayItemKind.MINIMUM_DURATION_MET,
                "At least 12 months on programme", Optional.empty()));
        Facts facts = new Facts(372, 300L, "pack", BigDecimal.ZERO, new BigDecimal("278"), REQUIRED, NOT_REQUIRED,
                mentor, confirmations, List.of(), Map.of(), 365L);
        assertThat(GatewayChecklist.standardMinimumMonths(mentor)).contains(12);
        Item met = item(GatewayChecklist.evaluate(facts), GatewayChecklist.DURATION);
        assertThat(met.met()).isTrue();
        assertThat(met.evidence()).contains("the funding rules' minimum of 300 days, met",
                "the standard's minimum of 12 months on programme (365 days), met");
        Item tooSoon = item(GatewayChecklist.evaluate(new Facts(320, 300L, "pack", BigDecimal.ZERO,
                new BigDecimal("278"), REQUIRED, NOT_REQUIRED, mentor, confirmations, List.of(), Map.of(), 365L)),
                GatewayChecklist.DURATION);
        assertThat(tooSoon.met()).as("the funding minimum is met, the standard's is not").isFalse();
        assertThat(tooSoon.evidence()).contains("the standard's minimum of 12 months on programme (365 days), not met");
        Item unknown = item(GatewayChecklist.evaluate(new Facts(400, null, "none", BigDecimal.ZERO, null, REQUIRED,
                NOT_REQUIRED, mentor, confirmations, List.of(), Map.of(), 365L)), GatewayChecklist.DURATION);
        assertThat(unknown.met()).as("an unknown minimum is never met").isFalse();
        assertThat(unknown.evidence()).contains("the funding rules' minimum is unknown");
    }

    @Test
    void off_the_job_hours_are_met_when_the_approved_hours_reach_the_planned_hours() {
        Item short_ = item(GatewayChecklist.evaluate(facts(400, new BigDecimal("277.5"), REQUIRED, List.of())),
                GatewayChecklist.OTJ);
        assertThat(short_.met()).isFalse();
        assertThat(short_.evidence()).isEqualTo("277.5 of 278 planned hours approved");
        assertThat(item(GatewayChecklist.evaluate(facts(400, new BigDecimal("278.0"), REQUIRED, List.of())),
                GatewayChecklist.OTJ).met()).isTrue();
    }

    @Test
    void english_is_met_when_not_required_exempt_with_a_checked_certificate_or_achieved() {
        assertThat(item(GatewayChecklist.evaluate(facts(400, BigDecimal.ZERO, NOT_REQUIRED, List.of())),
                GatewayChecklist.ENGLISH).met()).isTrue();
        Item exempt = item(GatewayChecklist.evaluate(facts(400, BigDecimal.ZERO, EXEMPT, List.of())),
                GatewayChecklist.ENGLISH);
        assertThat(exempt.met()).isTrue();
        assertThat(exempt.evidence()).contains("GCSE English grade 5");
        assertThat(item(GatewayChecklist.evaluate(facts(400, BigDecimal.ZERO, REQUIRED, List.of())),
                GatewayChecklist.ENGLISH).met()).isFalse();
        confirm(GatewayChecklist.ENGLISH);
        Item achieved = item(GatewayChecklist.evaluate(facts(400, BigDecimal.ZERO, REQUIRED, List.of())),
                GatewayChecklist.ENGLISH);
        assertThat(achieved.met()).isTrue();
        assertThat(achieved.evidence()).startsWith("Achieved: Seen");
    }

    static final String IN_THE_PLAN = "Planned in the training plan: Functional Skills maths Level 2";
    static final String AT_A_REVIEW = "Planned at progress review 3 (signed): Functional Skills maths Level 2";

    Item maths(Subject maths) {
        return item(GatewayChecklist.evaluate(new Facts(400, 372L, "Starts from 1 August 2025", BigDecimal.ZERO,
                new BigDecimal("278"), NOT_REQUIRED, maths, LEARNING_MENTOR, confirmations, List.of())),
                GatewayChecklist.MATHS);
    }

    @Test
    void maths_the_funding_rules_do_not_require_is_still_needed_when_the_training_plan_plans_it() {
        Item item = maths(new Subject(false, "Not required: the employer's decision", null, IN_THE_PLAN));

        assertThat(item.met()).isFalse();
        assertThat(item.status()).isEqualTo("Not met");
        assertThat(item.evidence()).isEqualTo(IN_THE_PLAN + "; not achieved yet").doesNotContain("Not required");
    }

    @Test
    void maths_the_funding_rules_do_not_require_is_still_needed_when_a_signed_review_plans_it() {
        Item item = maths(new Subject(false, "Not required: the employer's decision", null, AT_A_REVIEW));

        assertThat(item.met()).isFalse();
        assertThat(item.evidence()).isEqualTo(AT_A_REVIEW + "; not achieved yet");
    }

    @Test
    void maths_planned_is_met_once_achieved_or_exempt_and_required_maths_says_both_why() {
        assertThat(maths(new Subject(true, "Required: Level 2", null, IN_THE_PLAN)).evidence())
                .isEqualTo("Required: Level 2; " + IN_THE_PLAN + "; not achieved yet");
        Item exempt = maths(new Subject(false, "Not required: the employer's decision", "GCSE maths grade 4",
                IN_THE_PLAN));
        assertThat(exempt.met()).isTrue();
        assertThat(exempt.evidence()).startsWith("Exempt: GCSE maths grade 4");

        confirm(GatewayChecklist.MATHS);
        Item achieved = maths(new Subject(false, "Not required: the employer's decision", null, IN_THE_PLAN));
        assertThat(achieved.met()).isTrue();
        assertThat(achieved.evidence()).startsWith("Achieved: Seen");
    }

    @Test
    void the_checklist_is_not_complete_while_planned_maths_is_not_achieved() {
        List<Item> items = GatewayChecklist.evaluate(new Facts(400, 372L, "pack", new BigDecimal("278"),
                new BigDecimal("278"), NOT_REQUIRED, new Subject(false, "Not required", null, IN_THE_PLAN), List.of(),
                Map.of(), List.of()));
        assertThat(GatewayChecklist.missing(items)).extracting(Item::key).contains(GatewayChecklist.MATHS);
        assertThat(GatewayChecklist.allMet(items)).isFalse();
    }

    @Test
    void the_portfolio_is_recorded_by_staff_until_another_module_gives_evidence() {
        Item byStaff = item(GatewayChecklist.evaluate(facts(400, BigDecimal.ZERO, REQUIRED, List.of())), "portfolio");
        assertThat(byStaff.confirmedBy()).isEqualTo(ConfirmedBy.STAFF);
        assertThat(byStaff.met()).isFalse();
        Item fromPortfolio = item(GatewayChecklist.evaluate(facts(400, BigDecimal.ZERO, REQUIRED,
                List.of(new GatewayEvidence(GatewayItemKind.PORTFOLIO_SUBMITTED, true, "24 of 24 KSBs signed off")))),
                "portfolio");
        assertThat(fromPortfolio.met()).isTrue();
        assertThat(fromPortfolio.confirmedBy()).isEqualTo(ConfirmedBy.NOBODY);
        assertThat(fromPortfolio.evidence()).isEqualTo("24 of 24 KSBs signed off");
    }

    @Test
    void an_incomplete_portfolio_shows_its_gap_and_staff_may_still_confirm_one_kept_elsewhere() {
        List<GatewayEvidence> partly = List.of(new GatewayEvidence(GatewayItemKind.PORTFOLIO_SUBMITTED, false,
                "20 of 24 KSBs signed off; 4 still to sign off"));
        Item gap = item(GatewayChecklist.evaluate(facts(400, BigDecimal.ZERO, REQUIRED, partly)), "portfolio");
        assertThat(gap.met()).isFalse();
        assertThat(gap.evidence()).isEqualTo("20 of 24 KSBs signed off; 4 still to sign off");
        assertThat(gap.confirmedBy()).isEqualTo(ConfirmedBy.STAFF);

        confirm("portfolio");
        Item confirmed = item(GatewayChecklist.evaluate(facts(400, BigDecimal.ZERO, REQUIRED, partly)), "portfolio");
        assertThat(confirmed.met()).isTrue();
        assertThat(confirmed.evidence()).endsWith("; 20 of 24 KSBs signed off; 4 still to sign off");
    }

    @Test
    void the_confirmations_are_by_the_employer_and_the_apprentice() {
        List<Item> items = GatewayChecklist.evaluate(facts(400, BigDecimal.ZERO, REQUIRED, List.of()));
        assertThat(item(items, GatewayChecklist.EMPLOYER).confirmedBy()).isEqualTo(ConfirmedBy.EMPLOYER);
        assertThat(item(items, GatewayChecklist.APPRENTICE).confirmedBy()).isEqualTo(ConfirmedBy.APPRENTICE);
        confirmations.put(GatewayChecklist.APPRENTICE, new Confirmation("I am ready", "Lou", "Apprentice",
                Instant.EPOCH));
        Item confirmed = item(GatewayChecklist.evaluate(facts(400, BigDecimal.ZERO, REQUIRED, List.of())),
                GatewayChecklist.APPRENTICE);
        assertThat(confirmed.met()).isTrue();
        assertThat(confirmed.evidence()).isEqualTo("I am ready (Apprentice: Lou)");
    }

    @Test
    void the_checklist_is_complete_only_when_every_item_is_met() {
        for (String key : List.of(GatewayChecklist.ENGLISH, "qualification-level-1-safeguarding", "portfolio",
                "showcase", GatewayChecklist.EMPLOYER)) {
            confirm(key);
        }
        List<Item> almost = GatewayChecklist.evaluate(facts(400, new BigDecimal("300"), REQUIRED, List.of()));
        assertThat(GatewayChecklist.missing(almost)).extracting(Item::key).containsExactly(GatewayChecklist.APPRENTICE);
        confirm(GatewayChecklist.APPRENTICE);
        assertThat(GatewayChecklist.allMet(GatewayChecklist.evaluate(facts(400, new BigDecimal("300"), REQUIRED,
                List.of())))).isTrue();
    }
}
