package waypoint.dataprotection.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The dataprotection module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class DataProtectionProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "dataprotection";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("subject_access_request"),
                Table.all("personal_data_sharing"),
                Table.all("processing_activity"),
                Table.all("transfer_pack_export"),
                Table.all("transfer_pack_import"),
                Table.all("transfer_pack_record"),
                Table.settings("retention_setting"),
                Table.all("retention_run"),
                Table.all("retention_run_line"),
                Table.all("retention_learner_done"),
                Table.all("erasure_request"),
                Table.all("erasure_request_line"));
    }
}
