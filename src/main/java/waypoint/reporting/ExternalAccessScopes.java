package waypoint.reporting;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalGrant;
import waypoint.reporting.internal.evidence.EvidenceSample;
import waypoint.reporting.internal.evidence.EvidenceSamples;
import waypoint.reporting.internal.evidence.SampleChoice;
import waypoint.reporting.internal.external.ExternalScopes;

/**
 * What a grant of access for someone outside the provider may cover, for the system (the demo data): a funding audit
 * sample made as a person makes one on the funding audit page, or a standard with apprentices
 * (docs/domain/external-access.md).
 */
@Service
public class ExternalAccessScopes {

    private final EvidenceSamples samples;
    private final ExternalScopes scopes;

    ExternalAccessScopes(EvidenceSamples samples, ExternalScopes scopes) {
        this.samples = samples;
        this.scopes = scopes;
    }

    /** Makes a sample of up to {@code size} apprentices chosen at random with the seed, as {@code user} would. */
    @Transactional
    public ExternalGrant.Scope newSample(CurrentUser user, int size, long seed) {
        EvidenceSample sample = samples.request(user, new EvidenceSamples.Request(size, SampleChoice.Method.RANDOM,
                seed, null, null));
        return scopes.chosen(user, "SAMPLE", sample.id().toString(), null, null);
    }

    /** Every apprentice on the standard, if any apprentice is on it. */
    @Transactional(readOnly = true)
    public Optional<ExternalGrant.Scope> standard(String reference) {
        return scopes.standards().stream().filter(o -> o.value().equals(reference)).findFirst()
                .map(o -> scopes.chosen(null, "STANDARD", null, o.value(), null));
    }
}
