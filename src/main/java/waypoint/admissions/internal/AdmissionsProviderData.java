package waypoint.admissions.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The admissions module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class AdmissionsProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "admissions";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("admissions_course"),
                Table.all("admissions_cohort"),
                Table.all("admissions_cohort_session"),
                Table.all("admissions_admission"),
                Table.all("admissions_note"),
                Table.all("admissions_public_submission"));
    }

    /** The counter that numbers its references, moved past those an export brought in. */
    @Override
    public List<Counter> counters() {
        return List.of(new Counter("admissions_reference",
                "SELECT max(substring(reference FROM 5)::bigint) FROM admissions_admission"
                        + " WHERE reference ~ '^(ENQ|APP)-[0-9]{1,15}$'"));
    }
}
