package waypoint.catalogue.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.catalogue.EpaMethod;
import waypoint.catalogue.GradingRow;

/**
 * A standard version imported by the system with its assessment methods and grading table, through the importer and
 * the version's own rules (the demo data's reformed example).
 */
@Component
public class StandardImportSteps {

    private final StandardImporter importer;
    private final StandardVersionStore store;
    private final Clock clock;

    StandardImportSteps(StandardImporter importer, StandardVersionStore store, Clock clock) {
        this.importer = importer;
        this.store = store;
        this.clock = clock;
    }

    public void importWithPlan(String json, String reference, String version, List<EpaMethod> methods,
            List<String> overallGrades, List<GradingRow> rows, String note) {
        importer.importStandards(new StandardFileReader().read(json));
        StandardVersion standard = store.find(reference, version).orElseThrow();
        standard.changeEpaMethods(methods, clock.instant());
        standard.changeGrading(overallGrades, rows, note, false, clock.instant());
        store.update(standard);
    }
}
