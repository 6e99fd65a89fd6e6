package waypoint.catalogue;

import org.springframework.stereotype.Service;

import waypoint.catalogue.internal.StandardFileReader;
import waypoint.catalogue.internal.StandardImporter;

/**
 * Standards in the import file's shape (docs/domain/standards-and-assessment-plans.md) imported with no person
 * involved: for the demo provider's own programmes. People import through the standards page or the API.
 */
@Service
public class CatalogueImport {

    private final StandardImporter importer;

    CatalogueImport(StandardImporter importer) {
        this.importer = importer;
    }

    /** Imports the file's standards (an import only completes what is stored); answers the report's summary. */
    public String importStandards(String json) {
        return importer.importStandards(new StandardFileReader().read(json)).summary();
    }
}
