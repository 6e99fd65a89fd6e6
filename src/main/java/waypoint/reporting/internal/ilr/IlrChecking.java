package waypoint.reporting.internal.ilr;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import waypoint.catalogue.EnglishMathsQualification;
import waypoint.catalogue.EnglishMathsQualifications;
import waypoint.catalogue.Standards;
import waypoint.ilr.IlrReferenceData;
import waypoint.ilr.IlrSchemas;
import waypoint.ilr.IlrValidator;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.organisation.Epaos;
import waypoint.organisation.ProviderProfile;

/**
 * Which returns can be built, and the official rules they are checked against, with what Waypoint knows beyond the
 * file: today's date, the provider's UKPRN, the standards of the catalogue with their LARS codes and dates, the
 * end-point assessment organisations the provider has recorded and its English and maths qualifications, each read
 * through its owner's public API. A year can be built when its official schema is shipped with this
 * version of Waypoint (docs/domain/ilr.md, "Collection years and return periods").
 */
@Component
public class IlrChecking {

    private final IlrSchemas schemas;
    private final ProviderProfile provider;
    private final Standards standards;
    private final Epaos epaos;
    private final EnglishMathsQualifications englishMaths;
    private final Clock clock;

    IlrChecking(IlrSchemas schemas, ProviderProfile provider, Standards standards, Epaos epaos,
            EnglishMathsQualifications englishMaths, Clock clock) {
        this.englishMaths = englishMaths;
        this.schemas = schemas;
        this.provider = provider;
        this.standards = standards;
        this.epaos = epaos;
        this.clock = clock;
    }

    /** The years whose schema is shipped, oldest first. */
    public List<IlrYear> shippedYears() {
        return schemas.years();
    }

    public boolean buildable(IlrYear year) {
        return schemas.year(year.name()).isPresent();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The year and period of today's date, whether or not the year's schema is shipped. */
    public IlrYear currentYear() {
        return IlrYear.containing(today());
    }

    public ReturnPeriod currentPeriod() {
        return ReturnPeriod.containing(today());
    }

    /**
     * The return people work on now: today's period when its year is shipped, otherwise the last period (R14) of the
     * latest year that is, the late corrections of a year whose successor is not shipped yet.
     */
    public Optional<Return> returnToWorkOn() {
        if (buildable(currentYear())) {
            return Optional.of(new Return(currentYear(), currentPeriod()));
        }
        List<IlrYear> years = shippedYears().stream().filter(y -> y.compareTo(currentYear()) < 0).toList();
        return years.isEmpty() ? Optional.empty()
                : Optional.of(new Return(years.get(years.size() - 1), new ReturnPeriod(14)));
    }

    /** A year and period. */
    public record Return(IlrYear year, ReturnPeriod period) {
    }

    void requireBuildable(IlrYear year) {
        if (!buildable(year)) {
            throw new IlrExportRefused(notShipped(year));
        }
    }

    public static String notShipped(IlrYear year) {
        return "The official " + year.name() + " ILR schema is not shipped with this version of Waypoint yet, so the "
                + year.name() + " return cannot be built. It will be once a version of Waypoint with that year's "
                + "schema is installed.";
    }

    public IlrValidator validator(IlrYear year) {
        IlrReferenceData.Known known = IlrReferenceData.known().withToday(today())
                .withStandards(IlrReferenceData.Standard.fromVersions(standards.withLarsCodes().stream()
                        .map(v -> new IlrReferenceData.VersionDates(v.larsCode().orElseThrow(),
                                v.approvedForDelivery().orElse(null), v.retiredOn().orElse(null))).toList()))
                .withRecordedAssessmentOrganisations(epaos.all().stream().map(Epaos.Epao::epaoId)
                        .collect(Collectors.toSet()))
                // an aim is English or maths when its reference is one of the provider's English and maths
                // qualifications (docs/domain/english-and-maths-aims.md)
                .withEnglishAndMathsAims(englishMaths.all().stream().map(EnglishMathsQualification::learnAimRef)
                        .collect(Collectors.toSet()));
        Optional<Integer> ukprn = provider.details().map(d -> d.ukprn()).filter(u -> u != null && u.matches("\\d{8}"))
                .map(Integer::parseInt);
        return IlrValidator.forYear(year, ukprn.map(known::withUkprn).orElse(known));
    }
}
