package waypoint.supportcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.AccountSummary;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.WaypointTest;
import waypoint.supportcase.internal.SupportEmails;
import waypoint.supportcase.internal.SupportEmails.Recipient;
import waypoint.supportcase.internal.SupportEmails.To;

/**
 * An email your support policy copies to the heads of delivery (stage 4, the stage-5 start) goes to every one of them.
 */
@WaypointTest
class HeadsOfDeliveryEmailTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeshipImport;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    SupportEmails emails;

    @Test
    void every_active_head_of_delivery_is_a_recipient_however_many_there_are() {
        SupportPeople people = new SupportPeople(accounts, organisation, apprenticeshipImport, 30);
        String suffix = TestApprenticeships.unique();
        for (int i = 0; i < 6; i++) {
            accounts.createWithPassword("sc-head-" + i + "-" + suffix + "@example.test", "Head " + i + " " + suffix,
                    Set.of(Role.HEAD_OF_DELIVERY), SupportPeople.PASSWORD);
        }

        List<Recipient> to = emails.recipients(apprenticeships.find(new ApprenticeshipId(people.apprenticeship))
                .orElseThrow(),
                List.of(To.HEAD));

        List<String> heads = accounts.findActiveWithRole(Role.HEAD_OF_DELIVERY).stream().map(AccountSummary::email)
                .map(String::toLowerCase).toList();
        assertThat(heads).hasSizeGreaterThan(6);
        assertThat(to).extracting(r -> r.email().toLowerCase()).containsExactlyInAnyOrderElementsOf(heads);
    }
}
