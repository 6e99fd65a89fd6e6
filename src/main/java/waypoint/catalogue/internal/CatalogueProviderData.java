package waypoint.catalogue.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import waypoint.shared.portability.ProviderDataSource;

/**
 * The catalogue module's tables in the whole provider's export (docs/domain/provider-export.md), in the
 * order they load back. Waypoint is installed with the shipped standards ({@link ShippedStandards} loads them at every
 * start), so a new Waypoint holds them before anything is brought in: they are what Waypoint is installed with, which
 * the export's catalogue replaces; only a standard that was not shipped makes the Waypoint not empty.
 */
@Component
class CatalogueProviderData implements ProviderDataSource {

    private final String notShipped = notShipped();

    @Override
    public String module() {
        return "catalogue";
    }

    @Override
    public List<Table> tables() {
        return List.of(installed("standard_version", "SELECT count(*) FROM standard_version WHERE " + notShipped),
                installed("standard_ksb", null),
                installed("standard_duty", null),
                installed("standard_epa_method", null),
                installed("standard_grading_component", null),
                installed("standard_grading_row", null),
                installed("standard_gateway_item", null),
                installed("standard_on_programme_requirement", null),
                installed("standard_reformed_plan", null),
                installed("standard_assessment_component", null),
                installed("standard_import_run", null),
                installed("standard_figure_change", null),
                installed("standard_figure_difference", null),
                installed("english_maths_qualification", null));
    }

    /**
     * A table Waypoint is installed with: the export's rows replace what is there; {@code held} counts the rows that
     * are the provider's own (none for a table whose rows hang on a standard, which its standard's row counts).
     */
    private static Table installed(String name, String held) {
        return new Table(name, "SELECT * FROM " + name, Kind.SETTINGS, held);
    }

    /** The condition "not one of the shipped standards", from the files Waypoint ships them in. */
    private static String notShipped() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(
                    "classpath:catalogue/standards/*.json");
            String references = Arrays.stream(files).map(Resource::getFilename)
                    .filter(f -> f != null && f.matches("ST\\d{4}\\.json")).map(f -> "'" + f.substring(0, 6) + "'")
                    .sorted().collect(Collectors.joining(", "));
            return references.isEmpty() ? "true" : "reference_number NOT IN (" + references + ")";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
