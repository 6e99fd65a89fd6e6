/**
 * The e-portfolio: evidence claimed against the KSBs of the apprenticeship's standard, assessed claim by claim,
 * resubmitted in versions, KSBs signed off, sampled by internal quality assurance; the KSB coverage matrix; the
 * learning journal; documents; the showcase for end-point assessment. Other modules read an apprenticeship's coverage
 * through {@link waypoint.portfolio.PortfolioCoverage}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organisation", "catalogue", "enrolment", "otj", "supportcase", "epa"})
package waypoint.portfolio;
