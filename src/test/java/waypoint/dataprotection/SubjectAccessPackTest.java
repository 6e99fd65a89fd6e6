package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.dataprotection.internal.SubjectAccessPack;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalRecord;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * A subject access pack holds what every module holds about the person who asked, and nothing about anyone else
 * (docs/domain/data-protection.md, "What a subject access pack holds"). Read only: it gathers from the demo records.
 */
@WaypointTest
class SubjectAccessPackTest {

    @Autowired
    TestClock clock;

    @Autowired
    SubjectAccessPack pack;
    @Autowired
    Learners learners;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    UserAccounts accounts;

    private DataSubject subject(String email) {
        var account = accounts.findByEmail(email).orElseThrow();
        LearnerSummary learner = learners.findByAccount(account.id()).orElseThrow();
        return new DataSubject(learner.id().value(), learner.accountId(),
                apprenticeships.ofLearner(learner.id()).stream().map(a -> a.id().value()).toList());
    }

    private static Map<String, PersonalDataSection> byKey(List<PersonalDataSection> sections) {
        return sections.stream().collect(Collectors.toMap(PersonalDataSection::key, s -> s));
    }

    @Test
    void the_pack_holds_each_module_s_records_of_the_learner() {
        Map<String, PersonalDataSection> sections = byKey(pack.gather(subject(DemoAccounts.LEARNER.email())));

        assertThat(sections).containsKeys("learner-record", "declarations", "apprenticeships", "off-the-job-entries",
                "portfolio-evidence", "portfolio-journal", "portfolio-documents", "progress-reviews", "sessions",
                "messages", "support-cases", "feedback", "surveys", "sensitive-record-views", "safeguarding");
        for (String held : List.of("learner-record", "apprenticeships", "off-the-job-entries", "portfolio-evidence",
                "progress-reviews", "sessions", "messages")) {
            assertThat(sections.get(held).records()).as(held).isNotEmpty();
        }
        PersonalRecord me = sections.get("learner-record").records().get(0);
        assertThat(me.fields()).containsEntry("First name", "Lola").containsEntry("Email", DemoAccounts.LEARNER.email());
    }

    @Test
    void the_pack_holds_nothing_of_another_learner() {
        List<PersonalDataSection> lola = pack.gather(subject(DemoAccounts.LEARNER.email()));
        List<PersonalDataSection> other = pack.gather(subject("bethany.barker@learners.test"));

        Set<String> lolasRecords = ids(lola);
        assertThat(lolasRecords).isNotEmpty();
        // the audit of views names records by the learner's ids, so it is compared apart
        assertThat(ids(other)).doesNotContainAnyElementsOf(lolasRecords);
        String othersText = other.stream().flatMap(s -> s.records().stream())
                .flatMap(r -> r.fields().values().stream()).collect(Collectors.joining("\n"));
        assertThat(othersText).doesNotContain(DemoAccounts.LEARNER.email()).doesNotContain("Lola Learner");
    }

    @Test
    void the_zip_holds_a_readable_pdf_the_same_records_as_json_and_every_file_but_never_safeguarding_records()
            throws Exception {
        List<PersonalDataSection> gathered = pack.gather(subject(DemoAccounts.LEARNER.email()));
        List<PersonalDataSection> released = SubjectAccessPack.released(gathered, List.of("messages"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pack.write("Lola Learner", clock.instant(), released, Set.of("Messages"), out);

        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries).containsKeys("personal-data.json", "personal-data.pdf");
        assertThat(new String(entries.get("personal-data.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String json = new String(entries.get("personal-data.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"off-the-job-entries\"", "\"portfolio-evidence\"", "Lola")
                .doesNotContain("\"safeguarding\"").doesNotContain("\"messages\"");
        long files = released.stream().flatMap(s -> s.records().stream()).mapToLong(r -> r.files().size()).sum();
        assertThat(entries.keySet().stream().filter(n -> n.startsWith("files/")).count()).isEqualTo(files);
    }

    private static Set<String> ids(List<PersonalDataSection> sections) {
        return sections.stream().filter(s -> !s.key().equals("sensitive-record-views"))
                .flatMap(s -> s.records().stream()).map(PersonalRecord::id).collect(Collectors.toSet());
    }

}
