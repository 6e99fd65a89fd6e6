package waypoint.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;

/**
 * A test of what someone who sees every apprenticeship is told from the totals the database keeps beside the rows
 * (docs/adr/0014). Before each test: an apprentice in learning for six months at their own employer, with their own
 * tutor, so a tutor's view can be told from everyone's in the one database the whole run shares.
 */
@WaypointTest
public abstract class ProviderWideTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected OrganisationImport organisation;
    @Autowired
    protected UserAccounts accounts;
    @Autowired
    protected ApprenticeshipImport enrolment;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    private Clock clock;

    protected LocalDate today;
    /** The apprentice's employer, line manager and tutor, who can make more apprentices of theirs. */
    protected TestApprenticeships people;
    protected UUID apprenticeship;
    protected String learnerEmail;

    @BeforeEach
    void anApprenticeInLearningForSixMonths() {
        people = new TestApprenticeships(organisation, accounts);
        today = LocalDate.now(clock);
        apprenticeship = people.inLearning(enrolment, "ST0116", today.minusMonths(6));
        learnerEmail = people.lastLearnerEmail;
    }

    /** The apprentice, signed in to the API. */
    protected Api theLearner() {
        return Api.at(port).signedInAs(learnerEmail, TestApprenticeships.PASSWORD);
    }

    /** The apprentice's tutor, signed in to the API. */
    protected Api theTutor() {
        return Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
    }

    /**
     * The rows of {@code table} for each value of its column {@code key}, counted one by one, once the totals the
     * database keeps in {@code totals} (its column {@code kept}) are found to say the same: a value counted nowhere
     * has no total, or a total of zero.
     */
    protected Map<String, Long> countedAsKept(String table, String key, String totals, String kept) {
        Map<String, Long> counted = byKey("SELECT " + key + ", count(*) FROM " + table + " GROUP BY " + key);
        assertThat(byKey("SELECT " + key + ", " + kept + " FROM " + totals + " WHERE " + kept + " <> 0"))
                .as("the totals kept in " + totals).isEqualTo(counted);
        return counted;
    }

    private Map<String, Long> byKey(String sql) {
        return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
