package waypoint.organisation.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The organisation module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class OrganisationProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "organisation";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("provider"),
                Table.all("provider_job_title"),
                Table.all("employer"),
                Table.all("employer_contact"),
                Table.all("epao"),
                Table.all("staff_member"),
                Table.all("staff_role"),
                Table.all("learner"),
                Table.all("learner_declaration"),
                Table.all("learner_works_with_as_added"),
                Table.all("learner_ilr"),
                Table.all("learner_contact_restriction"),
                Table.all("learner_lldd_category"));
    }

    /** The counter that numbers its references, moved past those an export brought in. */
    @Override
    public List<Counter> counters() {
        return List.of(new Counter("learner_reference_seq",
                "SELECT max(substring(learner_reference FROM 3)::bigint) FROM learner"
                        + " WHERE learner_reference ~ '^WP[0-9]{1,10}$'"));
    }
}
