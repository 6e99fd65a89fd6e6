package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.catalogue.TestStandardFiles.ADMINISTRATOR;
import static waypoint.catalogue.TestStandardFiles.newReference;
import static waypoint.catalogue.TestStandardFiles.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.EmploymentLists;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;
import waypoint.organisation.StaffMemberId;

/**
 * An administrator records a standard version's LARS code, the standard code the ILR return carries
 * (docs/domain/ilr.md): on the standard's page and through the API, a malformed code answered with a field error;
 * the ILR check's StdCode_01 links to the standard's page, where it is put right.
 */
@WaypointTest
class StandardLarsCodeTest {

    @LocalServerPort
    int port;
    @Autowired
    StandardImporter importer;
    @Autowired
    Standards standards;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;

    /** A standard whose file gave no LARS code. */
    private String standardWithoutLarsCode() {
        String reference = newReference();
        importer.importFile(ADMINISTRATOR, standard(reference, "1.0", "Without a LARS code")
                .replace("\"larsCode\": 999, ", ""));
        assertThat(standards.latest(reference).orElseThrow().larsCode()).isEmpty();
        return reference;
    }

    private Api api(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    /** The ILR check's problems of one learner under their tutor, as the data officer reads them. */
    private JsonNode stdCode01(StaffMemberId tutor, UUID learner) {
        Api.Response read = api(DemoAccounts.DATA_OFFICER)
                .get("/api/v1/ilr/validation?year=2025-26&period=R14&rule=StdCode_01&tutor=" + tutor);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        for (JsonNode item : read.json().get("items")) {
            if (learner.toString().equals(item.get("learnerId").asString())) {
                return item;
            }
        }
        return null;
    }

    private void checkTheReturn() {
        assertThat(api(DemoAccounts.DATA_OFFICER).post("/api/v1/ilr/checks",
                "{\"year\": \"2025-26\", \"period\": \"R14\"}").status()).isEqualTo(200);
    }

    @Test
    void an_administrator_records_the_lars_code_on_the_standard_s_page_that_the_ilr_check_links_to() {
        // given an apprentice on a standard whose LARS code is not recorded: StdCode_01 in the ILR check
        String reference = standardWithoutLarsCode();
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LearnerId learner = people.learner();
        LocalDate start = LocalDate.of(2025, 9, 1);
        UUID apprenticeship = enrolment.record(NewApprenticeship.of(learner, people.employer, people.lineManager,
                reference, people.tutor, start, start.plusMonths(18), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(apprenticeship), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(apprenticeship), start);
        checkTheReturn();
        JsonNode problem = stdCode01(people.tutor, learner.value());
        assertThat(problem).isNotNull();
        String fix = problem.get("fix").asString();
        assertThat(fix).isEqualTo("/standards/" + reference + "?version=1.0#lars-code");

        // when the administrator follows the link and records the code, a malformed one first
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page page = admin.get(fix.substring(0, fix.indexOf('#')));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/standards/" + reference + "/versions/1.0/lars-code");
        String formPath = "/standards/" + reference + "/versions/1.0/lars-code";
        PageClient.Page form = admin.get(formPath);
        assertThat(form.status()).isEqualTo(200);
        PageClient.Page malformed = admin.post(formPath, form, Map.of("lockVersion", lockVersionIn(form),
                "larsCode", "28a"));
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.text()).contains("There is a problem").contains("The LARS code must be a whole number");
        PageClient.Page empty = admin.post(formPath, form, Map.of("lockVersion", lockVersionIn(form), "larsCode", ""));
        assertThat(empty.text()).contains("Enter the LARS code");
        PageClient.Page tooLong = admin.post(formPath, form, Map.of("lockVersion", lockVersionIn(form),
                "larsCode", "123456"));
        assertThat(tooLong.text()).contains("The LARS code must be from 1 to 99999");
        PageClient.Page saved = admin.post(formPath, form, Map.of("lockVersion", lockVersionIn(form),
                "larsCode", "283"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.follow(saved).text()).contains("LARS code 283");
        assertThat(standards.latest(reference).orElseThrow().larsCode()).contains(283);

        // then the return checked again has no StdCode_01 for the apprentice
        checkTheReturn();
        assertThat(stdCode01(people.tutor, learner.value())).isNull();
    }

    @Test
    void the_api_records_a_lars_code_and_answers_a_malformed_one_with_a_field_error_and_only_administrators_may() {
        String reference = standardWithoutLarsCode();
        String path = "/api/v1/standards/" + reference + "/versions/1.0/lars-code";
        Api admin = api(DemoAccounts.ADMIN);

        Api.Response malformed = admin.put(path, "{\"larsCode\": \"12a\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).contains("application/problem+json");
        assertThat(malformed.body()).contains("larsCode").contains("The LARS code must be a whole number");
        assertThat(admin.put(path, "{}").status()).isEqualTo(400);

        Api.Response recorded = admin.put(path, "{\"larsCode\": 284}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().get("larsCode").asInt()).isEqualTo(284);

        assertThat(api(DemoAccounts.DATA_OFFICER).put(path, "{\"larsCode\": 285}").status()).isEqualTo(403);
        assertThat(api(DemoAccounts.TUTOR).put(path, "{\"larsCode\": 285}").status()).isEqualTo(403);
        assertThat(PageClient.signedInAs(port, DemoAccounts.TUTOR)
                .get("/standards/" + reference + "/versions/1.0/lars-code").status()).isEqualTo(403);
        assertThat(standards.latest(reference).orElseThrow().larsCode()).contains(284);
    }

    private static String lockVersionIn(PageClient.Page form) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"")
                .matcher(form.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
