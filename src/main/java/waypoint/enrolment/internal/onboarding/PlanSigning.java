package waypoint.enrolment.internal.onboarding;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Learners;
import waypoint.shared.messaging.TextEmails;
import waypoint.shared.signing.Signature;
import waypoint.shared.signing.Signing;

/**
 * Keeps the signatures on onboarding documents and asks the remote signers to sign: the learner and the line manager
 * get an email with a link to the version to sign, which they open after signing in.
 */
@Service
class PlanSigning {

    private final JdbcClient jdbc;
    private final Learners learners;
    private final UserAccounts accounts;
    private final TextEmails emails;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final java.time.Clock clock;

    PlanSigning(JdbcClient jdbc, Learners learners, UserAccounts accounts, TextEmails emails,
            org.springframework.context.ApplicationEventPublisher events, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.learners = learners;
        this.accounts = accounts;
        this.emails = emails;
        this.events = events;
        this.clock = clock;
    }

    List<PlanSignature> signatures(ApprenticeshipId apprenticeshipId, Document document, int version,
            String canonicalText) {
        return jdbc.sql("""
                SELECT party, signer_account_id, typed_name, signed_at, ip_address, document_sha256
                FROM onboarding_signature
                WHERE apprenticeship_id = :id AND document = :document AND document_version = :version
                ORDER BY signed_at""")
                .param("id", apprenticeshipId).param("document", document.name()).param("version", version)
                .query((rs, n) -> {
                    Signature signature = new Signature(rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6));
                    return new PlanSignature(Party.valueOf(rs.getString(1)), version, signature,
                            Signing.verify(signature, canonicalText));
                }).list();
    }

    /** The latest version of a document anyone signed on this apprenticeship. */
    Optional<Integer> latestVersion(ApprenticeshipId apprenticeshipId, Document document) {
        return jdbc.sql("""
                SELECT max(document_version) FROM onboarding_signature
                WHERE apprenticeship_id = :id AND document = :document""")
                .param("id", apprenticeshipId).param("document", document.name())
                .query((rs, n) -> (Integer) rs.getObject(1)).optional().filter(java.util.Objects::nonNull);
    }

    /** Keeps the signature; a party that already signed this version keeps its first signature. */
    boolean keep(ApprenticeshipId apprenticeshipId, Document document, int version, Party party, Signature signature) {
        return jdbc.sql("""
                INSERT INTO onboarding_signature (id, apprenticeship_id, document, document_version, party,
                       signer_account_id, typed_name, signed_at, ip_address, document_sha256)
                VALUES (:key, :id, :document, :version, :party, :account, :name, :at, :ip, :sha)
                ON CONFLICT (apprenticeship_id, document, document_version, party) DO NOTHING""")
                .param("key", UUID.randomUUID()).param("id", apprenticeshipId).param("document", document.name())
                .param("version", version).param("party", party.name())
                .param("account", signature.signerAccountId()).param("name", signature.typedName())
                .param("at", Timestamp.from(signature.signedAt())).param("ip", signature.ipAddress())
                .param("sha", signature.documentSha256()).update() == 1;
    }

    /** Emails and tells the learner and the line manager that a new version waits for their signature. */
    void askToSign(ApprenticeshipSummary apprenticeship, int version, List<String> changes) {
        String link = emails.baseUrl() + "/apprenticeships/" + apprenticeship.id() + "/training-plan/sign";
        Optional<String> learnerEmail = learners.find(apprenticeship.learnerId()).map(l -> l.email());
        learnerEmail.ifPresent(to -> email(apprenticeship, version, changes, link, to,
                apprenticeship.learnerName(), Party.LEARNER));
        if (apprenticeship.learnerAccountId() != null) {
            notify(apprenticeship, version, apprenticeship.learnerAccountId(), Party.LEARNER);
        }
        if (apprenticeship.lineManagerAccountId() != null) {
            accounts.find(apprenticeship.lineManagerAccountId()).ifPresent(manager -> {
                email(apprenticeship, version, changes, link, manager.email(), manager.displayName(), Party.EMPLOYER);
                // the line manager is sent the apprentice's training plan (docs/domain/data-protection.md, "Sharing")
                events.publishEvent(waypoint.shared.personaldata.PersonalDataShared.emailToEmployer(
                        apprenticeship.learnerId().value(), apprenticeship.employerName(), manager.displayName(),
                        "Please sign version " + version + " of " + apprenticeship.learnerName()
                                + "'s training plan", "The training plan, to sign", clock.instant()));
            });
            notify(apprenticeship, version, apprenticeship.lineManagerAccountId(), Party.EMPLOYER);
        }
    }

    private void email(ApprenticeshipSummary apprenticeship, int version, List<String> changes, String link,
            String to, String name, Party party) {
        emails.send("training-plan:" + apprenticeship.id() + ":v" + version + ":" + party, to,
                "Please sign version " + version + " of " + apprenticeship.learnerName() + "'s training plan",
                "enrolment/email/sign-training-plan", Map.of("name", name, "version", version,
                        "apprentice", apprenticeship.learnerName(), "standard", apprenticeship.standardLabel(),
                        "party", party.words().toLowerCase(java.util.Locale.ROOT), "changes", changes, "link", link));
    }

    private void notify(ApprenticeshipSummary apprenticeship, int version, UUID account, Party party) {
        emails.notice("training-plan:" + apprenticeship.id() + ":v" + version + ":" + party + ":notice", account,
                "Sign version " + version + " of the training plan",
                apprenticeship.learnerName() + "'s training plan is ready for your signature.",
                "/apprenticeships/" + apprenticeship.id() + "/training-plan/sign");
    }
}
