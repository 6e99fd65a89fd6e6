package waypoint.catalogue.internal;

import java.util.List;
import java.util.Optional;

import waypoint.catalogue.DeliveryCadence;
import waypoint.catalogue.EpaMethod;
import waypoint.catalogue.GatewayItem;
import waypoint.catalogue.GatewayItemKind;
import waypoint.catalogue.GradedComponent;
import waypoint.catalogue.GradingBasis;
import waypoint.catalogue.GradingRow;
import waypoint.catalogue.OnProgrammeRequirement;
import waypoint.catalogue.OnProgrammeRequirementKind;

/**
 * A shipped standard's assessment plan as shipped in {@code catalogue/assessment/<reference>.json}: Waypoint's own
 * shape, because the import API does not carry EPA methods, grading, gateway items or cadence.
 */
record ShippedPlanFile(String referenceNumber, String version, List<Method> epaMethods, Grading grading,
        List<Item> gatewayItems, List<Item> onProgramme, Cadence cadence) {

    record Method(String name, Integer durationMinutes, Integer minimumQuestions, List<String> grades,
            List<String> assessedKsbs, String details, String source) {
    }

    record Grading(GradingBasis basis, List<Component> components, List<String> overallGrades, List<Row> rows,
            String note, boolean verified) {
    }

    record Component(String name, List<String> grades) {
    }

    record Row(List<String> grades, String overall) {
    }

    record Item(String kind, String description, String source) {
    }

    record Cadence(Integer maxWeeksBetweenSessions, Integer minSessionsPerMonth, Integer maxSessionsPerMonth,
            String source) {
    }

    AssessmentPlan toPlan() {
        List<EpaMethod> methods = orEmpty(epaMethods).stream().map(m -> new EpaMethod(m.name(),
                Optional.ofNullable(m.durationMinutes()), Optional.ofNullable(m.minimumQuestions()), orEmpty(m.grades()),
                orEmpty(m.assessedKsbs()), Optional.ofNullable(m.details()), Optional.ofNullable(m.source()))).toList();
        Grading g = grading != null ? grading : new Grading(GradingBasis.METHODS, List.of(), List.of(), List.of(), null, false);
        List<GradedComponent> components = orEmpty(g.components()).stream()
                .map(c -> new GradedComponent(c.name(), c.grades())).toList();
        List<GradingRow> rows = orEmpty(g.rows()).stream().map(r -> new GradingRow(r.grades(), r.overall())).toList();
        List<GatewayItem> gateway = orEmpty(gatewayItems).stream().map(i -> new GatewayItem(
                GatewayItemKind.valueOf(i.kind()), i.description(), Optional.ofNullable(i.source()))).toList();
        List<OnProgrammeRequirement> requirements = orEmpty(onProgramme).stream().map(i -> new OnProgrammeRequirement(
                OnProgrammeRequirementKind.valueOf(i.kind()), i.description(), Optional.ofNullable(i.source()))).toList();
        DeliveryCadence deliveryCadence = cadence == null ? null : new DeliveryCadence(
                Optional.ofNullable(cadence.maxWeeksBetweenSessions()), Optional.ofNullable(cadence.minSessionsPerMonth()),
                Optional.ofNullable(cadence.maxSessionsPerMonth()), Optional.ofNullable(cadence.source()));
        return new AssessmentPlan(methods, g.basis(), components, orEmpty(g.overallGrades()), rows, g.note(),
                g.verified(), gateway, requirements, deliveryCadence);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
