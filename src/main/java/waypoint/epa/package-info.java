/**
 * Gateway, end-point assessment, completion and progression (docs/domain/gateway-and-epa.md): the gateway checklist
 * evaluated live from the rule pack, off-the-job hours, English and maths and people's confirmations; the gateway
 * meeting that moves the apprenticeship to Gateway; the EPA booked per method with the EPAO; each method's grade and
 * the overall grade by the standard's grading table; resits, retakes and appeals; the completion, the certificate and
 * the conversation about what comes next. A standard version on a reformed plan has an apprenticeship assessment of
 * components, some taken and marked during the programme (docs/domain/assessment-reform.md). The English and maths items follow the functional skills the training plan
 * and the latest signed progress review plan. Other modules add gateway evidence by implementing
 * {@link waypoint.epa.GatewayEvidenceSource}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organisation", "catalogue", "rules", "enrolment", "otj",
                "feedback", "review"})
package waypoint.epa;
