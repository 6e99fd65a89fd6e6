package waypoint.dataprotection.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import waypoint.dataprotection.internal.export.ProviderExport;
import waypoint.identity.CurrentUser;

/** The whole provider's data through the API (docs/domain/provider-export.md), for administrators. */
@RestController
@Tag(name = "Provider export", description = "Everything the provider holds in Waypoint, in a documented format")
class ProviderExportApi {

    private final ProviderExport export;

    ProviderExportApi(ProviderExport export) {
        this.export = export;
    }

    @Operation(summary = "The whole provider's data (ZIP: manifest.json, each table as JSON lines and CSV, files)",
            description = "For administrators. Streamed as it is read; each export is in the audit trail.")
    @GetMapping("/api/v1/export")
    void export(CurrentUser user, HttpServletResponse response) throws IOException {
        zip(export, user, response);
    }

    static void zip(ProviderExport export, CurrentUser user, HttpServletResponse response) throws IOException {
        var writer = export.export(user);
        TransferPacksApi.zip(response, "waypoint-export.zip", writer::write);
    }
}
