package waypoint.reporting.internal.ilr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.ilr.IlrFinding;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrValidator;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The demo provider's 2025-26 R14 return is nearly clean (docs/domain/ilr.md, "The demo provider's return"): the demo
 * records what a provider records (planned off-the-job hours in training plans, prices, assessment organisations,
 * employment, National Insurance numbers), so the check finds only the few errors left on purpose, each showing how an
 * error is found and put right: the catalogue's Software developer standard without its LARS code (StdCode_01, one
 * fix on the standard's page clears every one), and apprentices without a training plan yet (PHours_01: the three
 * brought in from the previous system, and one on a standard whose knowledge, skills and behaviours are not in the
 * catalogue yet, so no skills scan or plan can be written). Jordan Mensah, just brought in from another provider's
 * transfer pack, is left out: a transfer pack carries no declarations, employment or assessment organisation
 * (docs/domain/transfer-pack.md), so the return lists what the receiving provider still collects at its
 * own enrolment. Any other rule breaking here is a regression.
 */
@WaypointTest
public class DemoIlrReturnTest {

    /**
     * The rules the demo breaks on purpose, and no more than this many learners breaking each (with room for tests
     * adding learners): a rule broken on both the programme aim and the English or maths aim of one apprenticeship
     * (StdCode_01, the standard's LARS code) is one thing to put right, so it counts once.
     */
    static final Set<String> LEFT_ON_PURPOSE = Set.of("StdCode_01", "PHours_01");
    static final int MOST_ERRORS = 25;
    /** The demo's standard whose file gives no LARS code. */
    static final String SOFTWARE_DEVELOPER = "ST0116";
    /** The demo's learner brought in from another provider, whose enrolment facts the demo leaves to collect. */
    public static final String JUST_TRANSFERRED_IN = "jordan.mensah@learners.test";

    @Autowired
    IlrChecking checking;
    @Autowired
    IlrReturnSource source;
    @Autowired
    IlrReturns returns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    waypoint.catalogue.Standards standards;
    @LocalServerPort
    int port;

    static boolean demoLearner(IlrLearner learner) {
        return learner.email() != null && (learner.email().endsWith("@learners.test")
                || learner.email().equals(DemoAccounts.LEARNER.email()))
                && !learner.email().equals(JUST_TRANSFERRED_IN);
    }

    @Test
    void the_demo_providers_return_breaks_only_the_rules_left_on_purpose() {
        IlrYear year = IlrYear.named("2025-26");
        IlrValidator validator = checking.validator(year);
        Map<String, List<String>> errors = new TreeMap<>();
        Set<String> learnersAndRules = new java.util.HashSet<>();
        List<waypoint.ilr.IlrLearningDelivery> englishMaths = new ArrayList<>();
        List<String> learners = new ArrayList<>();
        Set<String> withoutLarsCode = new java.util.HashSet<>();
        source.forEachLearner(year, ReturnPeriod.named("R14"), learner -> {
            if (!demoLearner(learner)) {
                return;
            }
            learners.add(learner.learnRefNumber());
            learner.learningDeliveries().stream().filter(d -> d.aimType() == 3).forEach(englishMaths::add);
            for (IlrFinding finding : validator.check(learner)) {
                if (finding.isError() && finding.rule().equals("StdCode_01")) {
                    withoutLarsCode.add(learner.email().toLowerCase());
                }
                if (finding.isError()) {
                    learnersAndRules.add(learner.learnRefNumber() + " " + finding.rule());
                    errors.computeIfAbsent(finding.rule(), rule -> new ArrayList<>())
                            .add(learner.displayName() + ": " + finding.message());
                }
            }
        });

        assertThat(learners).as("the demo's apprentices in the return").hasSizeGreaterThanOrEqualTo(15);
        assertThat(errors.keySet()).as("rules broken: %s", errors).isSubsetOf(LEFT_ON_PURPOSE);
        assertThat(learnersAndRules).as("errors: %s", errors).hasSizeLessThanOrEqualTo(MOST_ERRORS);
        assertThat(englishMaths).as("the English and maths aims of the demo's training plans").isNotEmpty()
                .allSatisfy(aim -> assertThat(aim.learnAimRef()).as("the qualification chosen").isNotNull());
        assertThat(errors.getOrDefault("PHours_01", List.of())).as("apprentices without a training plan")
                .hasSizeLessThanOrEqualTo(4);
        // StdCode_01 only where the standard's file gives no LARS code, Software developer: every other demo
        // standard keeps the code its file gives, whatever other tests did to standards of their own
        assertThat(withoutLarsCode).as("apprentices whose standard has no LARS code recorded")
                .isSubsetOf(jdbc.sql("""
                        SELECT DISTINCT lower(l.email) FROM enrolment.apprenticeship a
                        JOIN organisation.learner l ON l.id = a.learner_id
                        WHERE a.standard_reference = :developer""").param("developer", SOFTWARE_DEVELOPER)
                        .query(String.class).list());
    }

    /**
     * The demo's standards keep the LARS codes their shipped files give (docs/domain/ilr.md, "The demo provider's
     * return"): Learning mentor 403, Learning and skills mentor 694, Autocare technician 283, and Software developer
     * none, its StdCode_01 left on purpose. Tests record and import LARS codes only on standards of their own
     * ({@code TestStandardReferences}), so run after any of them this still holds.
     */
    @Test
    void the_demo_standards_keep_the_lars_codes_their_files_give() {
        assertThat(standards.latest("ST0148").orElseThrow().larsCode()).contains(403);
        assertThat(standards.latest("ST1379").orElseThrow().larsCode()).contains(694);
        assertThat(standards.latest("ST0499").orElseThrow().larsCode()).contains(283);
        assertThat(standards.latest(SOFTWARE_DEVELOPER).orElseThrow().larsCode()).isEmpty();
    }

    /**
     * The demo's R14 lists what changed since its R13 (docs/domain/ilr.md, "Each return kept"), and flags the change
     * to funding made after R13 was sent: George Green's end-point assessment price, raised and agreed since.
     */
    @Test
    void the_demo_providers_second_return_flags_the_price_changed_after_the_first() {
        UUID r14 = jdbc.sql("""
                SELECT id FROM ilr_return WHERE collection_year = '2025-26' AND return_period = 14
                ORDER BY kept_order LIMIT 1""").query(UUID.class).single();
        IlrReturns.IlrReturn second = returns.find(r14).orElseThrow();
        IlrReturns.IlrReturn first = returns.previous(second).orElseThrow();
        assertThat(first.period().name()).isEqualTo("R13");

        List<IlrReturns.LearnerChange> changes = returns.changes(second.id(), first.id(), 0, 100).items();
        assertThat(changes).filteredOn(c -> c.name() != null && c.name().startsWith("George Green")).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(IlrReturns.LearnerChange.Kind.CHANGED);
                    assertThat(c.fields()).anySatisfy(f -> {
                        assertThat(f.fundingRelevant()).isTrue();
                        assertThat(f.before()).isEqualTo("3000");
                        assertThat(f.after()).isEqualTo("3400");
                    });
                });

        String page = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER)
                .get("/ilr/returns/" + second.id() + "/changes").text();
        assertThat(page).contains("What changed since the previous return").contains("George Green")
                .contains("Changes funding");
    }
}
