package waypoint.enrolment.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.documents.DocumentKind;
import waypoint.documents.ProviderDocuments;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The handbook declaration names the version of the learner handbook the apprentice read, links it, and binds it in
 * the signed words; a version published while they were reading is read before they sign.
 */
@WaypointTest
class HandbookDeclarationVersionTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipService apprenticeships;
    @Autowired
    ProviderDocuments documents;

    OnboardingPeople people;
    String page;

    @BeforeEach
    void setUp() {
        people = new OnboardingPeople(accounts, organisation, apprenticeships);
        page = "/apprenticeships/" + people.apprenticeship + "/onboarding/declaration";
    }

    @Test
    void the_declaration_names_and_links_the_handbook_version_signed_and_a_newer_one_is_read_first() {
        int shown = documents.current(DocumentKind.LEARNER_HANDBOOK).orElseThrow().number();
        PageClient learner = PageClient.signedInAs(port, people.learner.email(), OnboardingPeople.PASSWORD);

        // given the learner reads the declaration, naming the handbook's current version
        var form = learner.get(page);
        assertThat(form.body()).contains("the learner handbook, version " + shown)
                .contains("/documents/learner-handbook/versions/" + shown).contains("Learner handbook: version " + shown);

        // when a new version is published before they sign
        var published = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD)
                .post("/api/v1/documents/learner-handbook/versions",
                        "{\"changeSummary\": \"New safeguarding contacts\", \"body\": \"## Safeguarding\\n\\nCall us.\"}");
        int newer = published.json().get("number").asInt();
        var refused = learner.post(page, form, Map.of("fullName", people.learner.displayName(), "handbookVersion",
                String.valueOf(shown)));

        // then they are asked to read it first, and nothing is signed
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("A new version of the learner handbook (version " + newer + ")");

        // when they sign the version they were then shown
        var again = learner.get(page);
        var signed = learner.post(page, again, Map.of("fullName", people.learner.displayName(), "handbookVersion",
                String.valueOf(newer)));
        assertThat(signed.status()).isEqualTo(302);

        // then the declaration names and links that version, for the learner and for staff
        assertThat(learner.get(page).body()).contains("The declaration names")
                .contains("/documents/learner-handbook/versions/" + newer)
                .contains("Learner handbook: version " + newer);
        PageClient tutor = PageClient.signedInAs(port, people.tutor.email(), OnboardingPeople.PASSWORD);
        assertThat(tutor.get(page).body()).contains("the learner handbook, version " + newer);
    }
}
