package waypoint.catalogue;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.internal.ImportRunStore;
import waypoint.catalogue.internal.ReformedPlanEditor;
import waypoint.catalogue.internal.StandardFileReader;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.catalogue.internal.StandardImportSteps;
import waypoint.identity.CurrentUser;

/**
 * Catalogue records written by the system rather than a person (the demo data): a standard version with its
 * assessment methods and grading table, and its reformed assessment plan (docs/domain/assessment-reform.md), through
 * the same rules as an administrator's edits. Adds nothing that is there already. Not for pages or the API.
 */
@Service
public class CatalogueImport {

    private final StandardImportSteps steps;
    private final ReformedPlanEditor reform;
    private final AssessmentReforms reforms;
    private final Standards standards;
    private final StandardImporter importer;
    private final ImportRunStore runs;

    CatalogueImport(StandardImportSteps steps, ReformedPlanEditor reform, AssessmentReforms reforms,
            Standards standards, StandardImporter importer, ImportRunStore runs) {
        this.importer = importer;
        this.runs = runs;
        this.steps = steps;
        this.reform = reform;
        this.reforms = reforms;
        this.standards = standards;
    }

    /**
     * The standard version of {@code json} (the standards file shape), with its methods and grading table when it is
     * new, then its reformed plan unless it has one.
     */
    @Transactional
    public void reformedStandard(String json, String reference, String version, List<EpaMethod> methods,
            List<String> overallGrades, List<GradingRow> rows, String gradingNote, List<AssessmentComponent> components,
            String source) {
        if (standards.find(reference, version).isEmpty()) {
            steps.importWithPlan(json, reference, version, methods, overallGrades, rows, gradingNote);
        }
        StandardDetails details = standards.find(reference, version).orElseThrow();
        if (reforms.of(details.id()).isEmpty()) {
            reform.recordAsTheSystem(reference, version, components, source);
        }
    }

    /** Imports the file's standards (an import only completes what is stored); answers the report's summary. */
    public String importStandards(String json) {
        return importer.importStandards(new StandardFileReader().read(json)).summary();
    }

    /**
     * A standards file uploaded by the administrator, exactly as the “Import standards” page uploads it
     * (docs/domain/standards-data.md): the same checks, the same change history and the same list of uploads. For the
     * demo data: nothing when an upload or a fetch is listed already. Answers the import's counts, or empty.
     */
    @Transactional
    public java.util.Optional<String> uploadUnlessListed(CurrentUser administrator, String json) {
        if (!runs.recent(1).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(importer.importFile(administrator, json).counts());
    }
}
