package waypoint.epa;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import waypoint.catalogue.AssessmentComponent;
import waypoint.catalogue.AssessmentComponent.Marker;
import waypoint.catalogue.AssessmentComponent.Window;
import waypoint.catalogue.EpaMethod;
import waypoint.catalogue.GradingRow;
import waypoint.catalogue.Standards;
import waypoint.catalogue.internal.ReformedPlanEditor;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.support.TestStandardReferences;

/**
 * A standard version of its own for a test, on a reformed plan (docs/domain/assessment-reform.md): a knowledge test
 * taken during the programme and marked by the provider (Fail, Pass; 2 attempts), and a professional discussion after
 * the gateway to completion marked by the assessment organisation (Fail, Pass, Distinction; 2 attempts). Any fail
 * fails overall; a pass and a distinction give a distinction.
 */
public final class ReformedStandards {

    public static final String KNOWLEDGE_TEST = "Knowledge test";
    public static final String DISCUSSION = "Professional discussion";
    public static final CurrentUser ADMIN = new CurrentUser(UUID.randomUUID(), "admin@waypoint.test", "Alex Admin",
            Set.of(Role.ADMINISTRATOR));

    private ReformedStandards() {
    }

    /** A new standard (its reference unused so far), with its methods and grading table, reformed when asked. */
    public static String create(StandardImporter importer, StandardEditor editor, StandardQueries queries,
            ReformedPlanEditor reform, Standards standards, boolean reformed) {
        String reference;
        do {
            reference = TestStandardReferences.next();
        } while (standards.latestSummary(reference).isPresent());
        importer.importFile(ADMIN, """
                {
                  "referenceNumber": "%1$s", "title": "Test standard %1$s", "level": 4, "version": "1.0",
                  "typicalDuration": 18, "maxFunding": 9000, "status": "Approved for delivery", "route": "Education",
                  "knowledges": [{"knowledgeId": "%1$s-K1", "detail": "Knowledge"}],
                  "skills": [{"skillId": "%1$s-S1", "detail": "A skill"}],
                  "behaviours": [{"behaviourId": "%1$s-B1", "detail": "A behaviour"}],
                  "duties": [{"dutyID": "%1$s-D1", "dutyDetail": "A duty", "isThisACoreDuty": 1,
                              "mappedKnowledge": ["%1$s-K1"], "mappedSkills": ["%1$s-S1"], "mappedBehaviour": []}]
                }
                """.formatted(reference));
        editor.changeEpaMethods(ADMIN, reference, "1.0", lock(queries, reference), List.of(
                method(KNOWLEDGE_TEST, List.of("Fail", "Pass")),
                method(DISCUSSION, List.of("Fail", "Pass", "Distinction"))));
        editor.changeGrading(ADMIN, reference, "1.0", lock(queries, reference), List.of("Fail", "Pass", "Distinction"),
                List.of(row("Fail", "Fail", "Fail"), row("Fail", "Pass", "Fail"), row("Fail", "Distinction", "Fail"),
                        row("Pass", "Fail", "Fail"), row("Pass", "Pass", "Pass"),
                        row("Pass", "Distinction", "Distinction")),
                "A test grading table", true);
        if (reformed) {
            reform.record(ADMIN, reference, "1.0", List.of(
                    new AssessmentComponent(KNOWLEDGE_TEST, Window.ON_PROGRAMME, Marker.PROVIDER, 2),
                    new AssessmentComponent(DISCUSSION, Window.AFTER_GATEWAY, Marker.ASSESSMENT_ORGANISATION, 2)),
                    "The assessment plan of the test standard, section 3");
        }
        return reference;
    }

    private static int lock(StandardQueries queries, String reference) {
        return queries.viewForChange(ADMIN, reference, "1.0").lockVersion();
    }

    private static EpaMethod method(String name, List<String> grades) {
        return new EpaMethod(name, Optional.of(60), Optional.empty(), grades, List.of(), Optional.empty(),
                Optional.of("The assessment plan of the test standard"));
    }

    private static GradingRow row(String first, String second, String overall) {
        return new GradingRow(List.of(first, second), overall);
    }
}
