package waypoint.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.DeclaredAnswers;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.internal.learner.DeclarationDetails;
import waypoint.organisation.internal.learner.DeclarationService;
import waypoint.organisation.internal.learner.Declarations;
import waypoint.safeguarding.ActionKind;
import waypoint.safeguarding.Agency;
import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.LearnersWithConcerns;
import waypoint.safeguarding.RiskLevel;
import waypoint.safeguarding.SafeguardingImport;
import waypoint.support.WaypointTest;

/**
 * Sensitive data is ciphertext at rest (docs/adr/0012-envelope-encryption-with-tink.md): what goes in through a
 * learner's declarations and a safeguarding concern is found in no column of any table, and reads still answer it.
 */
@WaypointTest
class EncryptionAtRestTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    DeclarationService declarations;
    @Autowired
    DeclaredAnswers declared;
    @Autowired
    SafeguardingImport safeguarding;
    @Autowired
    LearnersWithConcerns concerns;
    @Autowired
    UserAccounts accounts;

    @Test
    void a_marker_written_through_the_declarations_and_a_concern_is_in_no_column_of_the_database() {
        String marker = "marker-" + TestApprenticeships.unique();
        String uln = TestApprenticeships.uln();
        LearnerId learner = organisation.learner(new LearnerDetails("Mara", "Marker" + TestApprenticeships.unique(),
                LocalDate.of(2001, 2, 3), uln, null, "mara-" + TestApprenticeships.unique() + "@example.test", null, "1 Road", null, "Leeds",
                "LS1 1AA", null, null));
        declarations.record(learner, new DeclarationDetails(Declarations.HealthDeclaration.YES,
                "Health details " + marker, Declarations.Ethnicity.E47, Declarations.Sex.FEMALE,
                Declarations.Religion.SIKH, Declarations.SexualOrientation.BISEXUAL));
        CurrentUser lead = as(DemoAccounts.SAFEGUARDING);
        UUID concern = safeguarding.raise(lead, ConcernKind.BULLYING_OR_HARASSMENT, uln, "Disclosure " + marker);
        safeguarding.triage(lead, concern, RiskLevel.MEDIUM, null, "Triaged");
        safeguarding.record(lead, concern, ActionKind.REFERRAL, Agency.POLICE, "REF-" + marker, "Referred " + marker);

        assertThat(columnsHolding(marker)).isEmpty();
        // the coded answers, the kind, the agency and who raised it are not there in plain either: no column is left
        // that could hold them
        assertThat(jdbc.sql("SELECT count(*) FROM learner_declaration WHERE learner_id = :id AND answers_enc IS NOT NULL")
                .param("id", learner).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                  AND (table_name = 'learner_declaration' AND column_name IN ('health_declaration', 'health_details',
                          'ethnicity', 'sex', 'religion', 'sexual_orientation')
                    OR table_name = 'concern' AND column_name IN ('kind', 'raised_by_account_id')
                    OR table_name = 'concern_entry' AND column_name = 'agency')""").query(String.class).list())
                .isEmpty();
        assertThat(columnsHolding(lead.id().toString()).stream().filter(c -> c.startsWith("concern")).toList())
                .isEmpty();
        // nor does the audit trail, an event or an email about this concern name its kind
        assertThat(columnsHolding(concern.toString(), "ullying")).isEmpty();
        assertThat(columnsHolding(concern.toString(), "police")).isEmpty();

        // reads through the application still answer them
        assertThat(declarations.view(as(DemoAccounts.ADMIN), learner).healthDetails())
                .isEqualTo("Health details " + marker);
        assertThat(declared.of(List.of(learner)).get(learner))
                .isEqualTo(new DeclaredAnswers.Answers("YES", "E47", "FEMALE", "SIKH", "BISEXUAL"));
        assertThat(concerns.about(ConcernKind.BULLYING_OR_HARASSMENT)).contains(learner);
        assertThat(concerns.about(ConcernKind.UNFAIR_TREATMENT)).doesNotContain(learner);
    }

    private CurrentUser as(DemoAccounts account) {
        AccountSummary summary = accounts.findByEmail(account.email()).orElseThrow();
        return new CurrentUser(summary.id(), summary.email(), summary.displayName(), Set.copyOf(summary.roles()));
    }

    /** Every text, JSON or binary column of every table that holds the marker, as "table.column". */
    private List<String> columnsHolding(String marker) {
        return columnsHolding(marker, "");
    }

    /** Every column holding the marker, in a row whose text also holds {@code alongside} (any case). */
    private List<String> columnsHolding(String marker, String alongside) {
        List<Map<String, Object>> columns = jdbc.sql("""
                SELECT c.table_schema, c.table_name, c.column_name, c.data_type
                FROM information_schema.columns c
                         JOIN information_schema.tables t
                              ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
                  AND c.data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'ARRAY')
                """).query().listOfRows();
        List<String> holding = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String name = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
            String col = "\"" + column.get("column_name") + "\"";
            boolean binary = "bytea".equals(column.get("data_type"));
            long found = binary
                    ? jdbc.sql("SELECT count(*) FROM " + name + " t WHERE position(:m IN " + col + ") > 0"
                                    + " AND strpos(lower(t::text), lower(:a)) > 0")
                            .param("a", alongside)
                            .param("m", marker.getBytes(StandardCharsets.UTF_8)).query(Long.class).single()
                    : jdbc.sql("SELECT count(*) FROM " + name + " t WHERE strpos(" + col + "::text, :m) > 0"
                                    + " AND strpos(lower(t::text), lower(:a)) > 0")
                            .param("m", marker).param("a", alongside).query(Long.class).single();
            if (found > 0) {
                holding.add(column.get("table_name") + "." + column.get("column_name"));
            }
        }
        return holding;
    }
}
