package waypoint.reporting.internal.ilr;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.ilr.IlrFix;
import waypoint.ilr.IlrOrigin;

/**
 * The page in Waypoint where a problem with the return is put right: where the finding says ({@link IlrFix}) for the
 * learner and apprenticeship it was built from ({@link IlrOrigin}). The employer is read from the view enrolment
 * publishes (docs/adr/0006), and so is the apprenticeship's standard, whose page in the catalogue records its LARS code.
 */
@Component
public class IlrFixLinks {

    /** A link: where it goes and what a person reads. */
    public record Link(String href, String words) {
    }

    private final JdbcClient jdbc;

    IlrFixLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Link> of(IlrFix fix, IlrOrigin origin) {
        if (fix == null) {
            return Optional.empty();
        }
        if (fix == IlrFix.PROVIDER_SETTINGS) {
            return Optional.of(new Link("/admin/provider", "Provider settings"));
        }
        if (origin == null) {
            return Optional.empty();
        }
        UUID learner = origin.learnerId();
        UUID apprenticeship = origin.apprenticeshipIds().isEmpty() ? null : origin.apprenticeshipIds().get(0);
        return Optional.ofNullable(switch (fix) {
            case LEARNER_DETAILS -> learner == null ? null : new Link("/learners/" + learner, "The learner's details");
            case LEARNER_ILR_DETAILS -> learner == null ? null
                    : new Link("/learners/" + learner + "/ilr", "The learner's ILR details");
            case APPRENTICESHIP, PRICES_AND_FUNDING -> apprenticeship == null ? null
                    : new Link("/apprenticeships/" + apprenticeship, fix == IlrFix.APPRENTICESHIP ? "The apprenticeship"
                            : "The apprenticeship's prices and funding");
            case EMPLOYMENT_STATUS -> apprenticeship == null ? null
                    : new Link("/apprenticeships/" + apprenticeship + "#employment", "The employment status records");
            case TRAINING_PLAN -> apprenticeship == null ? null
                    : new Link("/apprenticeships/" + apprenticeship + "/training-plan", "The training plan");
            case ENGLISH_AND_MATHS -> apprenticeship == null ? null
                    : new Link("/apprenticeships/" + apprenticeship + "/english-maths",
                            "The English and maths qualifications studied");
            case END_POINT_ASSESSMENT -> apprenticeship == null ? null
                    : new Link("/apprenticeships/" + apprenticeship + "/gateway", "The end-point assessment record");
            case EMPLOYER -> apprenticeship == null ? null : employerOf(apprenticeship)
                    .map(employer -> new Link("/employers/" + employer, "The employer")).orElse(null);
            case STANDARD -> apprenticeship == null ? null : standardOf(apprenticeship)
                    .map(standard -> new Link(UriComponentsBuilder.fromPath("/standards/{reference}")
                            .queryParam("version", standard.version()).fragment("lars-code")
                            .buildAndExpand(standard.reference()).toUriString(), "The standard's LARS code"))
                    .orElse(null);
            case PROVIDER_SETTINGS, FILE -> null;
        });
    }

    private record StandardOf(String reference, String version) {
    }

    private Optional<StandardOf> standardOf(UUID apprenticeship) {
        return jdbc.sql("SELECT standard_reference, standard_version FROM enrolment.apprenticeship WHERE id = :id")
                .param("id", apprenticeship).query((rs, n) -> new StandardOf(rs.getString(1), rs.getString(2)))
                .optional();
    }

    private Optional<UUID> employerOf(UUID apprenticeship) {
        return jdbc.sql("SELECT employer_id FROM enrolment.apprenticeship WHERE id = :id").param("id", apprenticeship)
                .query(UUID.class).optional();
    }
}
