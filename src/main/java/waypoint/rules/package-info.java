/**
 * Funding rules for apprenticeships, in packs chosen by the apprenticeship's start date: minimum off-the-job hours,
 * minimum duration, progress review due dates, English and maths, active learning and recognition of prior learning,
 * each answer explained in words and citing its source. Pure functions: no Spring beans, no I/O, no clock (callers
 * pass the dates). Start at {@link waypoint.rules.FundingRules#evaluate}. Amounts may be {@code waypoint.shared.money.Money},
 * a plain value type, and explanations write dates and amounts with {@code waypoint.shared.time.GovUkDates} and
 * {@code waypoint.shared.money.GovUkMoney}, pure formatters; nothing else of {@code shared} (docs/adr/0015, amended).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package waypoint.rules;
