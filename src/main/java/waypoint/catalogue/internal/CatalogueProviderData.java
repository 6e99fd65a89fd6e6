package waypoint.catalogue.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The catalogue module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back.
 */
@Component
class CatalogueProviderData implements ProviderDataSource {

    @Override
    public String module() {
        return "catalogue";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.all("standard_version"),
                Table.all("standard_ksb"),
                Table.all("standard_duty"),
                Table.all("standard_epa_method"),
                Table.all("standard_grading_component"),
                Table.all("standard_grading_row"),
                Table.all("standard_gateway_item"),
                Table.all("standard_on_programme_requirement"),
                Table.all("standard_reformed_plan"),
                Table.all("standard_assessment_component"),
                Table.all("standard_import_run"),
                Table.all("standard_figure_change"),
                Table.all("standard_figure_difference"),
                Table.all("english_maths_qualification"));
    }
}
