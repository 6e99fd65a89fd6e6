package waypoint.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** The complaints policy, "The Procedure": a representative acts for the complainant only with written authority, uploaded. */
@WaypointTest
class RepresentativeTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    private HttpResponse<String> upload(String token, String id, Map<String, String> fields, byte[] file) throws Exception {
        String boundary = "----waypoint" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"authority.pdf\""
                    + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/feedback/" + id + "/representative"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_representative_is_recorded_only_with_the_written_authority_which_only_the_case_readers_download() throws Exception {
        Api anonymous = Api.at(port);
        String token = anonymous.post("/api/v1/auth/token", "{\"email\":\"" + DemoAccounts.HEAD.email()
                + "\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}").json().get("token").asString();
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        String id = head.post("/api/v1/feedback", """
                {"kind": "COMPLAINT", "formal": true, "channel": "LETTER", "complainantName": "Alex Apprentice",
                 "complainantType": "LEARNER", "summary": "Late certificates", "details": "Still waiting."}""")
                .json().get("id").asString();

        var withoutAuthority = upload(token, id, Map.of("name", "Sam Parent", "relationship", "Parent"), null);
        assertThat(withoutAuthority.statusCode()).isEqualTo(400);
        assertThat(withoutAuthority.body()).contains("\"field\":\"file\"");

        var notADocument = upload(token, id, Map.of("name", "Sam Parent", "relationship", "Parent"),
                "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notADocument.statusCode()).isEqualTo(400);

        var recorded = upload(token, id, Map.of("name", "Sam Parent", "relationship", "Parent"), PDF);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.body()).contains("\"representativeName\":\"Sam Parent\"", "\"hasWrittenAuthority\":true");

        var download = PageClient.signedInAs(port, DemoAccounts.HEAD).get("/feedback/" + id + "/authority");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(PageClient.signedInAs(port, DemoAccounts.LEAD).get("/feedback/" + id + "/authority").status()).isEqualTo(404);
    }
}
