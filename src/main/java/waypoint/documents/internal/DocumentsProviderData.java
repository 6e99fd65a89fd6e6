package waypoint.documents.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The documents module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class DocumentsProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "documents";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("provider_document_version"));
    }
}
