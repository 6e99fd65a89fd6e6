package waypoint.catalogue.internal;

import java.util.List;
import java.util.Optional;

import waypoint.catalogue.DeliveryCadence;
import waypoint.catalogue.EpaMethod;
import waypoint.catalogue.GatewayItem;
import waypoint.catalogue.GradedComponent;
import waypoint.catalogue.GradingBasis;
import waypoint.catalogue.GradingRow;
import waypoint.catalogue.GradingScheme;
import waypoint.catalogue.OnProgrammeRequirement;

/**
 * How a standard version is assessed and delivered, which the import shape does not carry: the EPA methods, the
 * grading table, the gateway checklist, what to build on programme and the delivery cadence. The shipped standards
 * ship theirs as data; administrators keep them up to date.
 */
public record AssessmentPlan(List<EpaMethod> epaMethods, GradingBasis gradingBasis,
        List<GradedComponent> holisticComponents, List<String> overallGrades, List<GradingRow> gradingRows,
        String gradingNote, boolean gradingVerified, List<GatewayItem> gatewayItems,
        List<OnProgrammeRequirement> onProgrammeRequirements, DeliveryCadence cadence) {

    public AssessmentPlan {
        epaMethods = List.copyOf(epaMethods);
        holisticComponents = List.copyOf(holisticComponents);
        overallGrades = List.copyOf(overallGrades);
        gradingRows = List.copyOf(gradingRows);
        gatewayItems = List.copyOf(gatewayItems);
        onProgrammeRequirements = List.copyOf(onProgrammeRequirements);
    }

    static AssessmentPlan empty() {
        return new AssessmentPlan(List.of(), GradingBasis.METHODS, List.of(), List.of(), List.of(), null, false,
                List.of(), List.of(), null);
    }

    /** The grading table with its components: the graded EPA methods, or the holistic scheme's own criteria. */
    public GradingScheme grading() {
        return grading(gradingRows, overallGrades);
    }

    GradingScheme grading(List<GradingRow> rows, List<String> overall) {
        List<GradedComponent> components = gradingBasis == GradingBasis.HOLISTIC ? holisticComponents
                : epaMethods.stream().filter(EpaMethod::isGraded).map(m -> new GradedComponent(m.name(), m.grades())).toList();
        return new GradingScheme(gradingBasis, components, overall, rows, Optional.ofNullable(gradingNote), gradingVerified);
    }

    AssessmentPlan withEpaMethods(List<EpaMethod> methods) {
        return new AssessmentPlan(methods, gradingBasis, holisticComponents, overallGrades, gradingRows, gradingNote,
                gradingVerified, gatewayItems, onProgrammeRequirements, cadence);
    }

    /** {@code verified}: someone checked the table against the standard's assessment plan. */
    AssessmentPlan withGrading(List<String> overall, List<GradingRow> rows, String note, boolean verified) {
        return new AssessmentPlan(epaMethods, gradingBasis, holisticComponents, overall, rows, note, verified,
                gatewayItems, onProgrammeRequirements, cadence);
    }

    AssessmentPlan withGatewayItems(List<GatewayItem> items) {
        return new AssessmentPlan(epaMethods, gradingBasis, holisticComponents, overallGrades, gradingRows, gradingNote,
                gradingVerified, items, onProgrammeRequirements, cadence);
    }

    AssessmentPlan withCadence(DeliveryCadence newCadence) {
        return new AssessmentPlan(epaMethods, gradingBasis, holisticComponents, overallGrades, gradingRows, gradingNote,
                gradingVerified, gatewayItems, onProgrammeRequirements, newCadence);
    }

    Optional<DeliveryCadence> deliveryCadence() {
        return Optional.ofNullable(cadence);
    }
}
