package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestStandardReferences;
import waypoint.support.WaypointTest;

/**
 * The foundation apprenticeship payment as a provider setting (docs/domain/programme-types.md, Incentives): unknown
 * (a warning, never £0) until an administrator records it for the starts from a date, with its amount, who it is paid
 * to, when, and the document it comes from; then the apprentice's funding page and the forecast use it. Only an
 * administrator records it; the readers of the forecast see it; bad input gets field errors.
 */
@WaypointTest
class FoundationApprenticeshipPaymentTest {

    static final String PAYMENTS = "/api/v1/funding/foundation-payments";

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    TestApprenticeships people;
    String reference;
    UUID apprenticeship;
    LocalDate start;

    Api as(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), "waypoint-demo");
    }

    @BeforeEach
    void aFoundationApprenticeStartedSixteenDaysAgo() {
        reference = TestStandardReferences.next();
        Api.Response imported = as(DemoAccounts.ADMIN).post("/api/v1/standards/import", """
                {"referenceNumber": "%s", "title": "Foundation payment test", "level": 2, "version": "1.0",
                 "typicalDuration": 12, "maxFunding": 5000, "status": "Approved for delivery",
                 "programmeType": "FoundationApprenticeship"}""".formatted(reference));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        people = new TestApprenticeships(organisation, accounts);
        start = LocalDate.now(clock).minusDays(16);
        apprenticeship = people.inLearning(enrolment, reference, start);
    }

    @AfterEach
    void noRecordLeftForOtherTests() {
        jdbc.sql("DELETE FROM foundation_incentive WHERE starts_from = :from").param("from", start).update();
    }

    String record(String from, String amount, String paidTo, String days, String address) {
        return """
                {"startsFrom": "%s", "amount": "%s", "paidTo": "%s", "afterDays": "%s",
                 "source": "The apprenticeship funding rules, foundation apprenticeships", "sourceAddress": "%s"}"""
                .formatted(from, amount, paidTo, days, address);
    }

    List<String> foundationPayments(JsonNode funding) {
        List<String> found = new ArrayList<>();
        funding.get("incentives").forEach(p -> {
            if (p.get("kind").asString().equals("FOUNDATION_APPRENTICESHIP")) {
                found.add(p.get("recipient").asString() + " "
                        + p.get("amount").decimalValue().stripTrailingZeros().toPlainString()
                        + " day " + p.get("day").asInt() + " " + p.get("state").asString());
            }
        });
        return found;
    }

    @Test
    void unknown_until_an_administrator_records_it_then_the_funding_page_and_the_forecast_use_it() {
        String funding = "/api/v1/apprenticeships/" + apprenticeship + "/funding";
        JsonNode before = as(DemoAccounts.HEAD).get(funding).json();
        assertThat(foundationPayments(before)).isEmpty();
        assertThat(before.get("warnings").toString()).contains("foundation apprenticeship's own payment is not known");

        Api.Response recorded = as(DemoAccounts.ADMIN).post(PAYMENTS, record(start.toString(), "750", "PROVIDER",
                "10", "https://www.gov.uk/government/collections/apprenticeship-funding-rules"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);

        JsonNode after = as(DemoAccounts.HEAD).get(funding).json();
        assertThat(foundationPayments(after)).containsExactly("PROVIDER 750 day 10 EARNED");
        assertThat(after.get("warnings").toString()).doesNotContain("foundation apprenticeship's own payment");
        assertThat(after.get("working").toString()).contains("£750.00 to the provider after 10 days in learning",
                "apprenticeship-funding-rules");
        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.HEAD).get("/apprenticeships/" + apprenticeship
                + "/funding");
        assertThat(page.text()).contains("Payment for a foundation apprenticeship", "£750.00");

        // the forecast of this funding year counts it in the month it fell due
        int year = start.plusDays(9).getMonthValue() >= 8 ? start.plusDays(9).getYear()
                : start.plusDays(9).getYear() - 1;
        // (the kept forecast is worked out again once the payment is recorded)
        String month = java.time.YearMonth.from(start.plusDays(9)).toString();
        ForecastWorkedOut.until(as(DemoAccounts.HEAD), "?year=" + year + "&standard=" + reference, forecast -> {
            JsonNode line = null;
            for (JsonNode l : forecast.get("apprentices")) {
                if (l.get("key").asString().equals(apprenticeship.toString())) {
                    line = l;
                }
            }
            assertThat(line).as("the apprentice's line in the forecast").isNotNull();
            line.get("months").forEach(m -> {
                if (m.get("month").asString().equals(month)) {
                    assertThat(m.get("amount").decimalValue()).isGreaterThanOrEqualTo(
                            new java.math.BigDecimal("750"));
                }
            });
        });

        // the readers see the record, with its source
        assertThat(as(DemoAccounts.DIRECTOR).get(PAYMENTS).body()).contains(start.toString(), "750",
                "apprenticeship-funding-rules");
        assertThat(PageClient.signedInAs(port, DemoAccounts.HEAD).get("/reports/funding/foundation-payment").text())
                .contains("Foundation apprenticeship payment", "The apprenticeship funding rules, foundation"
                        + " apprenticeships");
    }

    @Test
    void only_an_administrator_records_it_and_bad_input_gets_field_errors() {
        String good = record(start.toString(), "750", "EMPLOYER", "90", "https://www.gov.uk/x");
        assertThat(as(DemoAccounts.HEAD).post(PAYMENTS, good).status()).isEqualTo(403);
        assertThat(Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD).get(PAYMENTS).status())
                .isEqualTo(403);
        assertThat(PageClient.signedInAs(port, DemoAccounts.HEAD).get("/reports/funding/foundation-payment").text())
                .doesNotContain("Record the payment");

        Api.Response bad = as(DemoAccounts.ADMIN).post(PAYMENTS, record("2025-07-31", "0", "NOBODY", "0",
                "http://example.test"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.body()).contains("startsFrom", "1 August 2025", "amount", "paidTo", "afterDays",
                "sourceAddress", "https://");

        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page form = admin.get("/reports/funding/foundation-payment");
        PageClient.Page refused = admin.post("/reports/funding/foundation-payment", form, Map.of("startsFrom",
                start.toString(), "amount", "lots", "paidTo", "EMPLOYER", "afterDays", "90", "source", "Rules",
                "sourceAddress", "https://www.gov.uk/x"));
        assertThat(refused.text()).contains("There is a problem", "Enter the amount in pounds");
        assertThat(as(DemoAccounts.ADMIN).get(PAYMENTS).body()).doesNotContain(start.toString());
    }
}
