package waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.epa.EpaStage;
import waypoint.epa.internal.EpaService;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** The demo gateway and EPA records: there after the start, and loading them again adds nothing. */
@WaypointTest
class DemoEpaTest {

    @Autowired
    DemoEpa demo;
    @Autowired
    EpaService epa;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipQueries queries;
    @LocalServerPort
    int port;

    CurrentUser director() {
        UUID id = accounts.findByEmail(DemoAccounts.DIRECTOR.email()).orElseThrow().id();
        return new CurrentUser(id, DemoAccounts.DIRECTOR.email(), DemoAccounts.DIRECTOR.displayName(),
                Set.of(Role.DIRECTOR));
    }

    ApprenticeshipSummary of(String email) {
        return apprenticeships.ofLearner(organisation.findLearner(email).orElseThrow()).get(0);
    }

    @Test
    void quentin_quinns_price_above_the_funding_band_shows_the_share_his_employer_pays_and_rosie_was_brought_in() {
        var quentin = queries.view(director(), of("quentin.quinn@learners.test").id());
        assertThat(quentin.figures()).hasValueSatisfying(figures -> assertThat(figures.warnings())
                .anyMatch(w -> w.contains("£1,250 above the funding band maximum of £5,000")));
        // the learning mentor standard is retired: her apprenticeship began on it before and was brought in
        assertThat(of("rosie.roberts@learners.test").migrated()).isTrue();
    }

    @Test
    void demi_doyle_completed_with_her_grades_and_certificate_and_george_green_has_both_methods_booked() {
        demo.load();
        EpaService.EpaView demi = epa.view(director(), of("demi.doyle@learners.test").id());
        assertThat(demi.record().stage()).isEqualTo(EpaStage.COMPLETED);
        assertThat(demi.overallGrade()).isEqualTo("Merit");
        assertThat(demi.record().certificateReceivedOn()).isNotNull();
        EpaService.EpaView george = epa.view(director(), of("george.green@learners.test").id());
        assertThat(george.record().stage()).isEqualTo(EpaStage.ASSESSMENT);
        assertThat(george.bookings()).hasSize(2);
        assertThat(george.results().get(0).grade()).isEqualTo("Pass");
        assertThat(george.gateway().missing()).as("the demo passes the same gateway guards as a person").isEmpty();
        assertThat(demi.gateway().passed()).isTrue();
        assertThat(demi.record().achievementDate()).isAfterOrEqualTo(demi.lastGradedOn().orElseThrow());
        EpaService.EpaView farah = epa.view(director(), of("farah.fletcher@learners.test").id());
        assertThat(farah.record().stage()).isEqualTo(EpaStage.GATEWAY);
        assertThat(farah.gateway().missing()).as("her meeting record waits for her employer's signature")
                .containsExactly("The employer's signature on the gateway meeting record");
        EpaService.EpaView quentin = epa.view(director(), of("quentin.quinn@learners.test").id());
        assertThat(quentin.checklistComplete()).isFalse();
        assertThat(quentin.checklist()).anyMatch(i -> i.key().equals("portfolio") && i.met());
    }

    @Test
    void george_greens_appeal_went_through_feedback_and_ellis_evans_is_on_the_dashboard_early() {
        EpaService.EpaView george = epa.view(director(), of("george.green@learners.test").id());
        assertThat(george.appeals()).hasSize(1);
        assertThat(george.appeals().get(0).feedbackReference()).startsWith("FB-");
        assertThat(george.appeals().get(0).epaoName()).isNotBlank();
        assertThat(george.appeals().get(0).lodgedByWords()).startsWith("The employer (");
        EpaService.EpaView ellis = epa.view(director(), of("ellis.evans@learners.test").id());
        assertThat(ellis.readinessRequest()).isPresent();
        assertThat(ellis.inReadinessMonths()).isFalse();
        demo.load();
        assertThat(epa.view(director(), of("george.green@learners.test").id()).appeals()).hasSize(1);
    }

    @Test
    void imogen_hart_is_part_way_through_a_reformed_assessment_her_on_programme_knowledge_test_passed() {
        demo.load();
        EpaService.EpaView imogen = epa.view(director(), of(DemoOrganisation.REFORMED).id());
        assertThat(imogen.reformed()).isTrue();
        assertThat(imogen.assessmentWords()).isEqualTo("Apprenticeship assessment");
        assertThat(imogen.record().stage()).isEqualTo(EpaStage.PREPARING);
        var components = imogen.reform().orElseThrow().components();
        assertThat(components.get(0).finalGrade()).contains("Pass");
        assertThat(components.get(0).attempts()).hasSize(2).allMatch(a -> a.markedByProvider());
        assertThat(components.get(1).state().name()).isEqualTo("WAITING_FOR_GATEWAY");
        assertThat(imogen.overallGrade()).isNull();
        assertThat(imogen.readinessRequest()).as("on the readiness dashboard early").isPresent();
        assertThat(imogen.checklist()).anyMatch(i -> i.key().equals(
                waypoint.epa.internal.GatewayChecklist.ON_PROGRAMME) && i.met());
    }

    @Test
    void jade_jones_is_through_the_gateway_every_sign_off_made_and_ready_to_book_on_the_dashboard_and_her_page() {
        demo.throughTheGateway();
        ApprenticeshipSummary jade = of(DemoEpa.READY_TO_BOOK);
        EpaService.EpaView view = epa.view(director(), jade.id());
        assertThat(view.record().stage()).isEqualTo(EpaStage.GATEWAY);
        assertThat(view.gateway().missing()).as("the demo passes the same gateway guards as a person").isEmpty();
        assertThat(view.signatures()).hasSize(3);
        assertThat(view.bookings()).isEmpty();
        assertThat(view.readyToBook()).isTrue();
        assertThat(jade.status().name()).isEqualTo("GATEWAY");

        // her tutor sees her on the gateway dashboard and on her gateway page, ready to book
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        PageClient.Page dashboard = tutor.get("/gateway");
        assertThat(dashboard.status()).isEqualTo(200);
        String waiting = dashboard.text().substring(dashboard.text().indexOf("Through the gateway, waiting to book"));
        assertThat(waiting).contains(jade.learnerName()).contains("Ready to book");
        PageClient.Page page = tutor.get("/apprenticeships/" + jade.id() + "/gateway");
        assertThat(page.text()).contains("Ready to book").contains("The gateway is passed")
                .contains("Nothing is booked yet.").doesNotContain("The gateway is not passed yet");

        // George Green, booked already, is not waiting; the dashboard is for staff only
        assertThat(waiting).doesNotContain("George Green");
        assertThat(PageClient.signedInAs(port, DemoAccounts.LEARNER).get("/gateway").status()).isEqualTo(403);

        // loading it again adds nothing
        demo.throughTheGateway();
        assertThat(epa.view(director(), jade.id()).signatures()).hasSize(3);
    }
}
