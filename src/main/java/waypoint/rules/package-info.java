/**
 * Funding rules for apprenticeships, in packs chosen by the apprenticeship's start date: minimum off-the-job hours,
 * minimum duration, progress review due dates, English and maths, active learning and recognition of prior learning,
 * each answer explained in words and citing its source. Pure functions: no Spring beans, no I/O, no clock (callers
 * pass the dates). Start at {@link waypoint.rules.FundingRules#evaluate}. Amounts may be {@code waypoint.shared.money.Money},
 * a plain value type, and nothing else of {@code shared} (docs/adr/0015).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package waypoint.rules;
