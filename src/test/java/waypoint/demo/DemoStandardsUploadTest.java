package waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The demo uploads a standards file through the real import (docs/domain/standards-data.md): the upload by the demo
 * administrator is listed with what it did, and it invents nothing: Software developer (ST0116) still has no funding
 * band, and its page warns that the band is unknown until an administrator records it.
 */
@WaypointTest
class DemoStandardsUploadTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_administrator_s_upload_of_the_standards_file_is_listed_and_st0116_stays_a_warning() {
        int shipped = DemoStandardsUpload.file().split("\"referenceNumber\"").length - 1;
        assertThat(shipped).isGreaterThan(1);
        // the first upload is the demo's (tests upload their own files afterwards)
        List<String> first = jdbc.sql("""
                        SELECT started_by || ': ' || summary FROM standard_import_run
                        WHERE source = 'UPLOAD' ORDER BY ran_at LIMIT 1""").query(String.class).list();
        assertThat(first).singleElement().asString().startsWith("Upload by " + DemoAccounts.ADMIN.displayName()
                + ": Imported " + shipped + " standard versions");
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        assertThat(admin.get("/standards/import").text()).contains("Upload by " + DemoAccounts.ADMIN.displayName());
        assertThat(admin.get("/standards/ST0116").text()).contains("The funding band maximum of this version is"
                + " unknown");
    }
}
