/**
 * Support cases (your support policy, docs/domain/support-policy.md): the at-risk indicator of each
 * apprenticeship computed from signals, the interventions catalogue, and the five-stage support case (two informal
 * stages, three formal ones with their meetings, recommendations and emails, a stage-5 appeal, and an ending under
 * another policy). The stage rules are one table ({@code internal.StageTable}), drawn in docs/workflows. Other modules
 * add at-risk signals by implementing {@link waypoint.supportcase.AtRiskSignalSource}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organisation", "enrolment", "otj", "review"})
package waypoint.supportcase;
