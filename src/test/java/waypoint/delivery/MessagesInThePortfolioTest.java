package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.delivery.internal.MessageService;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Messages are kept in the portfolio: the portfolio links to the apprenticeship's threads and the files attached to
 * them, by the threads' own rules: the apprentice and staff working on it see every thread, an employer contact only
 * those they are included in, anyone else nothing (404).
 */
@WaypointTest
class MessagesInThePortfolioTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    MessageService messages;

    DeliveryPeople ours;
    DeliveryPeople others;

    @BeforeEach
    void givenAPrivateThreadWithAFileAndOneWithTheEmployer() {
        ours = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        others = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        messages.start(ours.learner, new ApprenticeshipId(ours.apprenticeship), "Private worry about the brief", "Can we talk?", false,
                new MessageService.Attachment("draft-brief.pdf", new ByteArrayInputStream(PDF)));
        messages.start(ours.tutor, new ApprenticeshipId(ours.apprenticeship), "Study time at work", "Friday afternoons?", true, null);
    }

    String messagesPage() {
        return "/apprenticeships/" + ours.apprenticeship + "/messages";
    }

    @Test
    void the_portfolio_links_to_the_apprenticeships_messages_and_their_files() {
        PageClient learner = PageClient.signedInAs(port, ours.learner.email(), DeliveryPeople.PASSWORD);
        assertThat(learner.get("/apprenticeships/" + ours.apprenticeship + "/portfolio").body())
                .contains("href=\"" + messagesPage() + "\"");
        PageClient.Page threads = learner.get(messagesPage());
        assertThat(threads.status()).isEqualTo(200);
        assertThat(threads.body()).contains("Private worry about the brief").contains("Study time at work")
                .contains("The file shared in messages");
        PageClient.Page files = learner.get(messagesPage() + "/attachments");
        assertThat(files.body()).contains("Download draft-brief.pdf");
        String download = files.body().replaceAll("(?s).*href=\"(/messages/attachments/[0-9a-f-]+)\".*", "$1");
        PageClient.Page file = learner.get(download);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).startsWith("attachment");

        PageClient tutor = PageClient.signedInAs(port, ours.tutor.email(), DeliveryPeople.PASSWORD);
        assertThat(tutor.get(messagesPage()).body()).contains("Private worry about the brief");
        assertThat(tutor.get(messagesPage() + "/attachments").body()).contains("draft-brief.pdf");
    }

    @Test
    void an_employer_sees_only_the_threads_and_files_they_are_included_in() {
        PageClient manager = PageClient.signedInAs(port, ours.manager.email(), DeliveryPeople.PASSWORD);
        PageClient.Page threads = manager.get(messagesPage());
        assertThat(threads.status()).isEqualTo(200);
        assertThat(threads.body()).contains("Study time at work").doesNotContain("Private worry");
        assertThat(manager.get(messagesPage() + "/attachments").body()).contains("No files have been shared")
                .doesNotContain("draft-brief.pdf");
        Api api = Api.at(port).signedInAs(ours.manager.email(), DeliveryPeople.PASSWORD);
        assertThat(api.get("/api/v1/apprenticeships/" + ours.apprenticeship + "/message-attachments").json()
                .get("total").asInt()).isZero();
        assertThat(Api.at(port).signedInAs(ours.learner.email(), DeliveryPeople.PASSWORD)
                .get("/api/v1/apprenticeships/" + ours.apprenticeship + "/message-attachments").json()
                .get("items").get(0).get("name").asString()).isEqualTo("draft-brief.pdf");
    }

    @Test
    void anyone_else_is_told_the_messages_are_not_found() {
        for (String email : List.of(others.learner.email(), others.manager.email(), others.tutor.email())) {
            PageClient client = PageClient.signedInAs(port, email, DeliveryPeople.PASSWORD);
            for (String path : List.of(messagesPage(), messagesPage() + "/attachments")) {
                PageClient.Page page = client.get(path);
                assertThat(page.status()).as(email + " " + path).isEqualTo(404);
                assertThat(page.body()).doesNotContain("Study time").doesNotContain("draft-brief");
            }
            Api.Response api = Api.at(port).signedInAs(email, DeliveryPeople.PASSWORD)
                    .get("/api/v1/apprenticeships/" + ours.apprenticeship + "/message-attachments");
            assertThat(api.status()).isEqualTo(404);
        }
    }
}
