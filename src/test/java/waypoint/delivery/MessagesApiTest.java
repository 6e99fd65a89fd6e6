package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/**
 * Messages between the apprentice and the tutor: the other participants are told and see it unread; an employer reads
 * only threads they are included in; attachments are checked by content and downloaded only by the thread's people,
 * always as attachments.
 */
@WaypointTest
class MessagesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    JdbcClient jdbc;

    DeliveryPeople people;
    Api tutor;
    Api learner;
    Api manager;

    @BeforeEach
    void givenAnApprenticeshipInLearning() {
        people = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        tutor = Api.at(port).signedInAs(people.tutor.email(), DeliveryPeople.PASSWORD);
        learner = Api.at(port).signedInAs(people.learner.email(), DeliveryPeople.PASSWORD);
        manager = Api.at(port).signedInAs(people.manager.email(), DeliveryPeople.PASSWORD);
    }

    private String start(Api who, boolean includeEmployer) {
        Api.Response started = who.post("/api/v1/message-threads", """
                {"apprenticeshipId": "%s", "subject": "The project brief", "body": "Is one page enough?",
                 "includeEmployer": %s}""".formatted(people.apprenticeship, includeEmployer));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json().get("thread").get("id").asString();
    }

    @Test
    void a_message_to_the_tutor_is_unread_for_them_until_they_read_it_and_they_are_told() throws Exception {
        String thread = start(learner, false);

        assertThat(tutor.get("/api/v1/message-threads/unread").json().get("unread").asLong()).isEqualTo(1);
        assertThat(learner.get("/api/v1/message-threads/unread").json().get("unread").asLong()).isZero();
        assertThat(tutor.get("/api/v1/message-threads").body()).contains(thread).contains("\"unread\":1");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM"
                + " email_message WHERE recipient = :to AND subject = 'New message: The project brief'")
                .param("to", people.tutor.email()).query(Long.class).single()).isEqualTo(1));

        Api.Response read = tutor.get("/api/v1/message-threads/" + thread);
        assertThat(read.json().get("messages")).hasSize(1);
        assertThat(read.json().get("canWrite").asBoolean()).isTrue();
        assertThat(tutor.get("/api/v1/message-threads/unread").json().get("unread").asLong()).isZero();

        Api.Response reply = tutor.post("/api/v1/message-threads/" + thread + "/messages", "{\"body\": \"Yes, one page.\"}");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(learner.get("/api/v1/message-threads/unread").json().get("unread").asLong()).isEqualTo(1);

        assertThat(tutor.post("/api/v1/message-threads/" + thread + "/messages", "{\"body\": \"  \"}").status())
                .isEqualTo(400);
    }

    /**
     * Someone who sees every apprenticeship (an administrator) is shown every thread there is, and as unread every
     * message others wrote after the point they have read each thread to: the figures read from the kept totals are
     * those of counting every thread and message.
     */
    @Test
    void someone_who_sees_every_thread_counts_every_thread_and_every_message_others_wrote_that_they_have_not_read() {
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        UUID adminId = jdbc.sql("SELECT id FROM user_account WHERE lower(email) = lower(:e)")
                .param("e", DemoAccounts.ADMIN.email()).query(UUID.class).single();
        String thread = start(learner, false);
        learner.post("/api/v1/message-threads/" + thread + "/messages", "{\"body\": \"And the diagram?\"}");
        long unreadBefore = admin.get("/api/v1/message-threads/unread").json().get("unread").asLong();
        assertThat(unreadBefore).isEqualTo(unreadCountedOneByOne(adminId)).isGreaterThanOrEqualTo(2);
        Api.Response inbox = admin.get("/api/v1/message-threads");
        assertThat(inbox.json().get("total").asLong())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM message_thread").query(Long.class).single());
        assertThat(inbox.json().get("unread").asLong()).isEqualTo(unreadBefore);

        // reading the thread takes its two messages off; a message the administrator wrote is never unread for them
        assertThat(admin.get("/api/v1/message-threads/" + thread).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/message-threads/unread").json().get("unread").asLong())
                .isEqualTo(unreadBefore - 2).isEqualTo(unreadCountedOneByOne(adminId));
        String unreadThread = start(learner, false);
        jdbc.sql("""
                INSERT INTO message (id, thread_id, author_account_id, author_name, body, created_at)
                VALUES (:id, :t, :a, 'Alex Admin', 'Noted.', now())
                """).param("id", UUID.randomUUID()).param("t", UUID.fromString(unreadThread)).param("a", adminId)
                .update();
        assertThat(admin.get("/api/v1/message-threads/unread").json().get("unread").asLong())
                .isEqualTo(unreadBefore - 1).isEqualTo(unreadCountedOneByOne(adminId));
        assertThat(admin.get("/api/v1/message-threads").json().get("total").asLong())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM message_thread").query(Long.class).single());
    }

    private long unreadCountedOneByOne(UUID reader) {
        return jdbc.sql("""
                SELECT count(*) FROM message m
                LEFT JOIN message_read r ON r.thread_id = m.thread_id AND r.account_id = :reader
                WHERE m.author_account_id <> :reader AND m.created_at > coalesce(r.last_read_at, '-infinity')
                """).param("reader", reader).query(Long.class).single();
    }

    @Test
    void an_employer_reads_only_the_threads_they_are_included_in_and_strangers_see_none() {
        String privateThread = start(learner, false);
        String shared = start(tutor, true);

        assertThat(manager.get("/api/v1/message-threads/" + privateThread).status()).isEqualTo(404);
        assertThat(manager.get("/api/v1/message-threads").body()).doesNotContain(privateThread).contains(shared);
        assertThat(manager.post("/api/v1/message-threads/" + shared + "/messages", "{\"body\": \"Agreed.\"}").status())
                .isEqualTo(201);

        DeliveryPeople others = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        for (String email : List.of(others.learner.email(), others.tutor.email(), others.manager.email())) {
            Api stranger = Api.at(port).signedInAs(email, DeliveryPeople.PASSWORD);
            Api.Response answer = stranger.get("/api/v1/message-threads/" + shared);
            assertThat(answer.status()).as(email).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("project brief");
            assertThat(stranger.get("/api/v1/message-threads").body()).doesNotContain(shared);
            assertThat(stranger.post("/api/v1/message-threads/" + shared + "/messages", "{\"body\": \"hi\"}").status())
                    .isEqualTo(404);
            assertThat(stranger.post("/api/v1/message-threads", """
                    {"apprenticeshipId": "%s", "subject": "x", "body": "y"}""".formatted(people.apprenticeship))
                    .status()).isEqualTo(404);
        }
    }

    @Test
    void an_attachment_is_checked_by_its_content_and_only_the_threads_people_download_it() throws Exception {
        String thread = start(learner, false);
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> sent = multipart(people.learner.email(), "/api/v1/message-threads/" + thread + "/messages",
                "Here is my draft", "brief.pdf", pdf);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String attachment = tutor.get("/api/v1/message-threads/" + thread).json().get("messages").get(1)
                .get("attachmentUrl").asString();

        HttpResponse<byte[]> download = download(people.tutor.email(), attachment);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                .contains("brief.pdf");
        assertThat(download.body()).isEqualTo(pdf);

        DeliveryPeople others = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        assertThat(download(others.learner.email(), attachment).statusCode()).isEqualTo(404);

        // an executable renamed .pdf is refused by its content
        byte[] executable = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        HttpResponse<String> refused = multipart(people.learner.email(),
                "/api/v1/message-threads/" + thread + "/messages", "Another", "brief.pdf", executable);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("file").doesNotContain("Exception");
    }

    private String token(String email) {
        return Api.at(port).post("/api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + DeliveryPeople.PASSWORD
                + "\"}").json().get("token").asString();
    }

    private HttpResponse<String> multipart(String email, String path, String body, String fileName, byte[] content)
            throws Exception {
        String boundary = "----waypoint" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + body + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(email))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String email, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(email)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
