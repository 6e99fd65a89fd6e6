package waypoint.delivery.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeFinder;
import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;

/**
 * The apprentices a message or a session form offers: the apprenticeships in learning the person may see. While they
 * are few (a tutor's caseload, an apprentice's own) the form lists them all, as it always has; someone who sees many
 * (the whole provider) searches by name or ULN and chooses among the first {@link #MATCHES} matches, with those they
 * chose already kept above them. Whatever is sent is checked again against the same scope.
 */
@Component
public class ApprenticeChoices {

    /** The most matches a search shows: a person who sees more narrows their search. */
    public static final int MATCHES = 20;

    /**
     * What the form offers. {@code searching}: the person chooses by searching ({@code search} is what they typed,
     * {@code options} the chosen and the matches); otherwise {@code options} is every one they may choose.
     */
    public record Offered(boolean searching, String search, List<ApprenticeshipSummary> options) {

        /** A search was made and nothing matched it (what was chosen before is not a match). */
        public boolean nothingMatched(Collection<String> chosen) {
            return searching && !search.isBlank() && options.stream().allMatch(a -> chosen.contains(a.id().toString()));
        }
    }

    private final ApprenticeshipAccess access;
    private final ApprenticeFinder finder;
    private final int listedAtMost;

    ApprenticeChoices(ApprenticeshipAccess access, ApprenticeFinder finder,
            @Value("${waypoint.forms.listed-at-most:100}") int listedAtMost) {
        this.access = access;
        this.finder = finder;
        this.listedAtMost = listedAtMost;
    }

    /** The apprentices to show: every one when few, else those chosen (if theirs to choose) and the search's matches. */
    @Transactional(readOnly = true)
    public Offered offered(CurrentUser user, String search, Collection<String> chosen) {
        ApprenticeshipScope scope = access.scopeOf(user);
        Optional<List<ApprenticeshipSummary>> all = finder.allIfAtMost(scope, listedAtMost);
        if (all.isPresent()) {
            return new Offered(false, "", all.get());
        }
        String typed = search == null ? "" : search.strip();
        Map<String, ApprenticeshipSummary> shown = new LinkedHashMap<>();
        for (String id : chosen) {
            id(id).flatMap(found -> finder.activeWithin(scope, found))
                    .ifPresent(a -> shown.put(a.id().toString(), a));
        }
        finder.matching(scope, typed, MATCHES).forEach(a -> shown.putIfAbsent(a.id().toString(), a));
        return new Offered(true, typed, new ArrayList<>(shown.values()));
    }

    /** Whether the person may choose this apprenticeship on the form: in learning, and one they may see. */
    @Transactional(readOnly = true)
    public boolean mayChoose(CurrentUser user, String id) {
        return id(id).flatMap(found -> finder.activeWithin(access.scopeOf(user), found)).isPresent();
    }

    private static Optional<ApprenticeshipId> id(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty()
                    : Optional.of(new ApprenticeshipId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
