package waypoint.reporting.internal.external;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalAccess;
import waypoint.identity.ExternalGrant;
import waypoint.identity.ExternalKind;
import waypoint.identity.NewExternalGrant;
import waypoint.reporting.internal.evidence.EvidenceSample;
import waypoint.reporting.internal.evidence.EvidenceSamples;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.validation.OneOf;
import waypoint.shared.validation.RequiredWhen;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * What an administrator may give someone outside the provider access to (docs/domain/external-access.md): a funding
 * audit sample (its apprenticeships, as chosen), a standard (every apprenticeship on it), or named apprentices by
 * their ULN (each one's apprenticeships). Read from the samples this module keeps and the views the enrolment and
 * organisation modules publish.
 */
@Component
public class ExternalScopes {


    private final EvidenceSamples samples;
    private final ExternalAccess access;
    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final Validator validator;

    ExternalScopes(EvidenceSamples samples, ExternalAccess access, JdbcClient jdbc, java.time.Clock clock,
            Validator validator) {
        this.samples = samples;
        this.access = access;
        this.jdbc = jdbc;
        this.zone = clock.getZone();
        this.validator = validator;
    }

    public record Option(String value, String text) {
    }

    /** The newest samples, as an administrator sees them on the funding audit page. */
    @Transactional(readOnly = true)
    public List<Option> samples(CurrentUser user) {
        return samples.newest(user).stream().map(s -> new Option(s.id().toString(), describe(s))).toList();
    }

    /**
     * The standards that have apprentices: one step along the index of apprenticeships by standard for each standard
     * (a few hundred), not a pass over every apprenticeship (100,000: 18 ms against 1.6 ms).
     */
    @Transactional(readOnly = true)
    public List<Option> standards() {
        return jdbc.sql("""
                WITH RECURSIVE standard(reference) AS (
                    (SELECT a.standard_reference FROM enrolment.apprenticeship a ORDER BY 1 LIMIT 1)
                    UNION ALL
                    SELECT (SELECT a.standard_reference FROM enrolment.apprenticeship a
                            WHERE a.standard_reference > standard.reference ORDER BY 1 LIMIT 1)
                    FROM standard WHERE standard.reference IS NOT NULL)
                SELECT reference FROM standard WHERE reference IS NOT NULL""")
                .query(String.class).list().stream().map(reference -> new Option(reference, reference)).toList();
    }

    static final String CHOOSE_SCOPE = "Choose what they may see: a funding audit sample, a standard or named apprentices";
    static final String CHOOSE_SAMPLE = "Choose the funding audit sample they may see";
    static final String CHOOSE_STANDARD = "Choose the standard whose apprentices they may see";
    static final String ENTER_ULNS = "Enter the ULN of each apprentice they may see";

    /**
     * What an administrator asked for, as the page's form or the API's body gives it: what they may see, and the
     * answer that kind of scope needs. Who the person is and for which days is the grant's own request's to check
     * ({@link NewExternalGrant}); whether the sample, standard and apprentices exist is checked against them.
     */
    @RequiredWhen(field = "sample", when = "scopeKind", is = "SAMPLE", message = CHOOSE_SAMPLE)
    @RequiredWhen(field = "standard", when = "scopeKind", is = "STANDARD", message = CHOOSE_STANDARD)
    @RequiredWhen(field = "ulns", when = "scopeKind", is = "APPRENTICESHIPS", message = ENTER_ULNS)
    public record Asked(String personName, String email, String organisation, ExternalKind kind,
            @NotBlank(message = CHOOSE_SCOPE) @OneOf(value = ExternalGrant.Scope.Kind.class, message = CHOOSE_SCOPE)
            String scopeKind,
            String sample, String standard, String ulns, LocalDate startsOn, LocalDate endsOn) {
    }

    /**
     * The grant asked for, checked whole: every field's problem at once as field errors (a scope refused field by
     * field is not refused a second time as missing), or the request to give.
     */
    @Transactional(readOnly = true)
    public NewExternalGrant checked(CurrentUser user, Asked asked) {
        ExternalGrant.Scope scope = null;
        FieldValidationException scopeRefused = null;
        try {
            FormChecks.require(validator, asked);
            scope = chosen(user, asked.scopeKind(), asked.sample(), asked.standard(), asked.ulns());
        } catch (FieldValidationException refused) {
            scopeRefused = refused;
        }
        NewExternalGrant request = new NewExternalGrant(asked.personName(), asked.email(), asked.organisation(),
                asked.kind(), scope, asked.startsOn(), asked.endsOn());
        try {
            access.check(request);
        } catch (FieldValidationException invalid) {
            if (scopeRefused == null) {
                throw invalid;
            }
            // the scope refused field by field is not refused a second time as missing
            Map<String, String> both = new LinkedHashMap<>(scopeRefused.errors());
            invalid.errors().entrySet().stream().filter(problem -> !"scope".equals(problem.getKey()))
                    .forEach(problem -> both.putIfAbsent(problem.getKey(), problem.getValue()));
            throw new FieldValidationException(both);
        }
        if (scopeRefused != null) {
            throw scopeRefused;
        }
        return request;
    }

    /** The scope chosen on the form, or a field error saying what is missing or unknown. */
    @Transactional(readOnly = true)
    public ExternalGrant.Scope chosen(CurrentUser user, String kind, String sample, String standard, String ulns) {
        if ("SAMPLE".equals(kind)) {
            UUID id = uuid(sample).orElseThrow(() -> new FieldValidationException("sample", CHOOSE_SAMPLE));
            EvidenceSample chosen = samples.find(user, id);
            Set<UUID> members = new LinkedHashSet<>();
            samples.members(user, id).forEach(m -> members.add(m.apprenticeshipId().value()));
            return ExternalGrant.Scope.sample(describe(chosen), members);
        }
        if ("STANDARD".equals(kind)) {
            if (standard == null || standards().stream().noneMatch(o -> o.value().equals(standard))) {
                throw new FieldValidationException("standard", CHOOSE_STANDARD);
            }
            return ExternalGrant.Scope.standard("Every apprentice on standard " + standard, standard);
        }
        if ("APPRENTICESHIPS".equals(kind)) {
            return named(ulns);
        }
        throw new FieldValidationException("scopeKind", CHOOSE_SCOPE);
    }

    private ExternalGrant.Scope named(String ulns) {
        List<String> typed = ulns == null ? List.of()
                : List.of(ulns.split("[\\s,;]+")).stream().filter(u -> !u.isBlank()).distinct().toList();
        if (typed.isEmpty()) {
            throw new FieldValidationException("ulns", ENTER_ULNS);
        }
        if (typed.size() > EvidenceSamples.MOST) {
            throw new FieldValidationException("ulns", "Enter at most " + EvidenceSamples.MOST + " ULNs");
        }
        Map<String, List<UUID>> found = new java.util.HashMap<>();
        jdbc.sql("SELECT l.uln, a.id FROM organisation.learner l JOIN enrolment.apprenticeship a ON a.learner_id = l.id"
                        + " WHERE l.uln IN (:ulns)")
                .param("ulns", typed)
                .query(rs -> {
                    found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                });
        List<String> unknown = typed.stream().filter(u -> !found.containsKey(u)).toList();
        if (!unknown.isEmpty()) {
            throw new FieldValidationException("ulns", "No apprentice has the ULN " + String.join(", ", unknown)
                    + ": check each number against the apprentice's record");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        typed.forEach(u -> ids.addAll(found.get(u)));
        return ExternalGrant.Scope.apprenticeships(typed.size() == 1 ? "The apprentice with ULN " + typed.get(0)
                : typed.size() + " named apprentices", ids);
    }

    private String describe(EvidenceSample sample) {
        return "Funding audit sample of " + sample.chosen() + " apprentices, chosen "
                + (sample.chosenBy() == waypoint.reporting.internal.evidence.SampleChoice.Method.RISK ? "by risk"
                        : "at random") + " on " + GovUkDates.date(sample.requestedAt()) + " by "
                + sample.requestedByName();
    }

    private static java.util.Optional<UUID> uuid(String text) {
        try {
            return text == null || text.isBlank() ? java.util.Optional.empty()
                    : java.util.Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
