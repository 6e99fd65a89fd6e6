package waypoint.identity.internal;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.PageOf;

/**
 * The signed-in person's own API tokens (foundation issue: "a user lists and revokes their tokens in the UI").
 * Every method works on the caller's tokens only: another person's token is "not found", never revoked.
 */
@Service
public class AccountTokens {

    public static final int MAXIMUM_NAME_LENGTH = 100;

    private final ApiTokens tokens;
    private final ApplicationEventPublisher events;
    private final SecondFactors secondFactors;

    private final org.springframework.transaction.support.TransactionTemplate transactions;

    AccountTokens(ApiTokens tokens, ApplicationEventPublisher events, SecondFactors secondFactors,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.tokens = tokens;
        this.events = events;
        this.secondFactors = secondFactors;
    }

    public PageOf<ApiTokens.TokenSummary> list(CurrentUser user, int page) {
        return tokens.page(user.id(), page);
    }

    /** Issues a named token; the caller shows it once, as only its hash is kept. */
    public ApiTokens.IssuedToken create(CurrentUser user, String name) {
        return create(user, name, null);
    }

    /**
     * Issues a named token once the name is right and, where the account has a second factor, a fresh code is given:
     * a token outlives the session (docs/domain/sign-in.md). The code is checked in transactions of its own, so a
     * wrong one is counted and audited even though no token is issued.
     */
    public ApiTokens.IssuedToken create(CurrentUser user, String name, String code) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new FieldValidationException("name", "Enter a name for the token");
        }
        if (trimmed.length() > MAXIMUM_NAME_LENGTH) {
            throw new FieldValidationException("name", "Name must be " + MAXIMUM_NAME_LENGTH + " characters or fewer");
        }
        secondFactors.requireFreshCode(user.id(), code);
        return transactions.execute(status -> {
            ApiTokens.IssuedToken issued = tokens.issue(user.id(), trimmed);
            events.publishEvent(RecordChanged.created("ApiToken", issued.id(), trimmed + " for " + user.email()));
            return issued;
        });
    }

    @Transactional
    public void revoke(CurrentUser user, UUID tokenId) {
        if (!tokens.revoke(user.id(), tokenId)) {
            throw new NotFoundException("API token");
        }
        events.publishEvent(RecordChanged.updated("ApiToken", tokenId, "active", "revoked by its owner"));
    }
}
