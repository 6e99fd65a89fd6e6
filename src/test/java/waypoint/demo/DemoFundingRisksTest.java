package waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.reporting.internal.evidence.EvidencePacks;
import waypoint.reporting.internal.evidence.FundingRisk;
import waypoint.reporting.internal.evidence.RiskFinding;
import waypoint.reporting.internal.evidence.RiskList;
import waypoint.support.WaypointTest;

/**
 * The demo shows funding audit working (docs/domain/audit-and-inspection.md): its apprentices have evidence packs,
 * and the risk list flags a late withdrawal, reviews more than 12 weeks apart and a price not reduced for prior
 * learning, and shows planned hours against an unknown minimum as unknown (Waypoint refuses a plan below a known
 * minimum, so no demo plan is below one).
 */
@WaypointTest
class DemoFundingRisksTest {

    @Autowired
    RiskList risks;
    @Autowired
    EvidencePacks packs;
    @Autowired
    UserAccounts accounts;

    CurrentUser quality() {
        var account = accounts.findByEmail(DemoAccounts.QUALITY.email()).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }

    private Optional<RiskList.Line> demo(List<RiskList.Line> lines, String name) {
        return lines.stream().filter(l -> l.learnerName().equals(name)).findFirst();
    }

    @Test
    void the_demo_flags_each_known_risk_it_can_and_every_demo_apprentice_has_a_pack() {
        List<RiskList.Line> lines = risks.judge(quality(), RiskList.Filter.any());

        assertThat(demo(lines, "Callum Collins")).hasValueSatisfying(
                l -> assertThat(l.flagged(FundingRisk.LATE_WITHDRAWAL)).isTrue());
        assertThat(demo(lines, "Oscar Owen")).hasValueSatisfying(
                l -> assertThat(l.flagged(FundingRisk.PRICE_NOT_REDUCED)).as(l.findings().toString()).isTrue());
        assertThat(demo(lines, "Bethany Barker")).hasValueSatisfying(
                l -> assertThat(l.flagged(FundingRisk.REVIEWS_TOO_FAR_APART)).isTrue());
        assertThat(demo(lines, DemoAccounts.LEARNER.displayName())).hasValueSatisfying(
                l -> assertThat(l.findings()).anyMatch(f -> f.risk() == FundingRisk.OTJ_BELOW_MINIMUM
                        && f.verdict() == RiskFinding.Verdict.UNKNOWN));

        for (String name : List.of("Callum Collins", "Oscar Owen", "Bethany Barker", "Demi Doyle",
                DemoAccounts.LEARNER.displayName())) {
            RiskList.Line line = demo(lines, name).orElseThrow();
            assertThat(packs.assemble(quality(), line.apprenticeshipId()).sections()).hasSize(11);
        }
    }
}
