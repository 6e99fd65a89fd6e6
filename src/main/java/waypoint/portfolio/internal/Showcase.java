package waypoint.portfolio.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.Ksb;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.pdf.PdfRenderer;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.time.GovUkDates;

/**
 * The showcase for end-point assessment: the evidence the learner chose, exported as a ZIP
 * (streamed, file by file) with a PDF index mapping each KSB to its evidence, and a read-only view for an end-point
 * assessor through a time-limited link that shows only the chosen evidence. Only a hash of each link's token is kept;
 * the learner and tutor see every link listed and may revoke one before it expires (docs/domain/portfolio.md).
 */
@Service
public class Showcase {

    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int MOST_LINK_DAYS = 90;

    private final EvidenceStore store;
    private final PortfolioPolicy policy;
    private final KsbCatalogue ksbs;
    private final PortfolioFiles files;
    private final PdfRenderer pdf;
    private final Apprenticeships apprenticeships;
    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Showcase(EvidenceStore store, PortfolioPolicy policy, KsbCatalogue ksbs, PortfolioFiles files, PdfRenderer pdf,
            Apprenticeships apprenticeships, JdbcClient jdbc, UserAccounts accounts, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.policy = policy;
        this.ksbs = ksbs;
        this.files = files;
        this.pdf = pdf;
        this.apprenticeships = apprenticeships;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One KSB of the index with the chosen evidence claiming it. */
    public record IndexRow(String code, String text, List<Evidence> evidence) {
    }

    public List<Evidence> selected(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        policy.readable(user, apprenticeshipId);
        return all(apprenticeshipId);
    }

    /** At most a few hundred items in a showcase; read in pages so none is held twice. */
    private List<Evidence> all(ApprenticeshipId apprenticeshipId) {
        List<Evidence> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Evidence> some = store.page(apprenticeshipId, null, true, page, 200);
            all.addAll(some);
            if (some.size() < 200) {
                return all;
            }
        }
    }

    public List<IndexRow> index(ApprenticeshipSummary a, List<Evidence> chosen) {
        return ksbs.of(a).stream().map((Ksb k) -> new IndexRow(k.code(), k.text().orElse(""),
                chosen.stream().filter(e -> e.ksbCodes().contains(k.code())).toList())).toList();
    }

    /** Writes the ZIP to {@code out}: index.pdf first, then each item's latest version under its number. */
    public void export(CurrentUser user, ApprenticeshipId apprenticeshipId, OutputStream out) throws IOException {
        ApprenticeshipSummary a = policy.readable(user, apprenticeshipId);
        List<Evidence> chosen = all(apprenticeshipId);
        events.publishEvent(new waypoint.shared.audit.SensitiveRecordViewed("PortfolioShowcase",
                apprenticeshipId.toString(), "showcase exported"));
        zip(a, chosen, out);
    }

    void zip(ApprenticeshipSummary a, List<Evidence> chosen, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("a", a);
        model.put("rows", index(a, chosen));
        model.put("evidence", chosen);
        model.put("generatedOn", java.time.LocalDate.now(clock));
        zip.putNextEntry(new ZipEntry("index.pdf"));
        zip.write(pdf.render("portfolio/showcase-index-pdf", model));
        zip.closeEntry();
        Set<String> names = new HashSet<>();
        int n = 0;
        for (Evidence e : chosen) {
            n++;
            Optional<EvidenceVersion> latest = store.version(e.id(), e.currentNumber());
            if (latest.isEmpty() || latest.get().scan() == Scan.QUARANTINED) {
                continue;
            }
            EvidenceVersion v = latest.get();
            String folder = String.format("evidence/%03d-", n) + safe(e.title()) + "/";
            if (v.hasFile()) {
                String name = folder + v.fileName();
                if (names.add(name)) {
                    zip.putNextEntry(new ZipEntry(name));
                    try (InputStream in = files.open(v.fileId())) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            } else {
                zip.putNextEntry(new ZipEntry(folder + (v.link() != null ? "link.txt" : "evidence.txt")));
                String text = e.title() + "\n" + e.type().words() + ", " + e.date() + "\nKSBs: "
                        + String.join(", ", e.ksbCodes()) + "\n\n" + (v.link() != null ? v.link() : v.body()) + "\n";
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    private static String safe(String title) {
        String s = title.replaceAll("[^\\p{L}\\p{N} _-]", "").strip().replace(' ', '-');
        return s.isEmpty() ? "evidence" : s.substring(0, Math.min(60, s.length()));
    }

    /** Shown once on the page after a redirect, so it passes through the session (kept in the database). */
    public record Link(String token, Instant expiresAt) implements java.io.Serializable {

        public java.time.LocalDate expiresOn() {
            return expiresAt.atZone(GovUkDates.LONDON).toLocalDate();
        }
    }

    /** A new read-only link for an end-point assessor, valid for {@code days} (1 to 90). */
    @Transactional
    public Link createLink(CurrentUser user, ApprenticeshipId apprenticeshipId, Integer days) {
        ApprenticeshipSummary a = policy.adding(user, apprenticeshipId);
        if (days == null || days < 1 || days > MOST_LINK_DAYS) {
            throw new FieldValidationException("days", "Enter how many days the link works, from 1 to "
                    + MOST_LINK_DAYS);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        jdbc.sql("INSERT INTO portfolio_showcase_link (token_sha256, apprenticeship_id, created_by, created_at,"
                        + " expires_at) VALUES (:t, :a, :by, :at, :expires)")
                .param("t", sha256(token)).param("a", a.id()).param("by", user.id()).param("at", Timestamp.from(now))
                .param("expires", Timestamp.from(expires)).update();
        events.publishEvent(new RecordChanged("PortfolioShowcaseLink", a.id().toString(),
                RecordChanged.Action.CREATED, null, "assessor link until " + expires));
        return new Link(token, expires);
    }

    /** A link as its learner and tutor see it listed: never its token, which is not kept. */
    public record ListedLink(UUID id, String createdByName, Instant createdAt, Instant expiresAt, Instant revokedAt,
            String revokedByName, boolean works) {

        public java.time.LocalDate createdOn() {
            return createdAt.atZone(GovUkDates.LONDON).toLocalDate();
        }

        public java.time.LocalDate expiresOn() {
            return expiresAt.atZone(GovUkDates.LONDON).toLocalDate();
        }

        /** “Works”, “Expired” or “Revoked”. */
        public String status() {
            return revokedAt != null ? "Revoked" : works ? "Works" : "Expired";
        }

        public java.time.LocalDate revokedOn() {
            return revokedAt == null ? null : revokedAt.atZone(GovUkDates.LONDON).toLocalDate();
        }
    }

    /** Every assessor link of the apprenticeship, the newest first: who made it, until when, whether revoked. */
    public List<ListedLink> links(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary a = policy.readable(user, apprenticeshipId);
        record Row(UUID id, UUID createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt, UUID revokedBy) {
        }
        List<Row> rows = jdbc.sql("SELECT id, created_by, created_at, expires_at, revoked_at, revoked_by"
                        + " FROM portfolio_showcase_link WHERE apprenticeship_id = :a ORDER BY created_at DESC, id")
                .param("a", a.id())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("created_by", UUID.class),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant(),
                        rs.getObject("revoked_by", UUID.class))).list();
        Set<UUID> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.createdBy());
            if (r.revokedBy() != null) {
                people.add(r.revokedBy());
            }
        });
        Map<UUID, String> names = new HashMap<>();
        accounts.findAll(people).forEach(p -> names.put(p.id(), p.displayName()));
        Instant now = clock.instant();
        return rows.stream().map(r -> new ListedLink(r.id(), names.getOrDefault(r.createdBy(), ""), r.createdAt(),
                r.expiresAt(), r.revokedAt(), r.revokedBy() == null ? null : names.getOrDefault(r.revokedBy(), ""),
                r.revokedAt() == null && r.expiresAt().isAfter(now))).toList();
    }

    /**
     * Revokes a link: from now on it shows nothing (a 404, like an expired one). Whoever may create links may revoke
     * them; revoking one already revoked or expired changes nothing.
     */
    @Transactional
    public void revokeLink(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID linkId) {
        ApprenticeshipSummary a = policy.adding(user, apprenticeshipId);
        Instant now = clock.instant();
        int found = jdbc.sql("SELECT count(*) FROM portfolio_showcase_link WHERE id = :id AND apprenticeship_id = :a")
                .param("id", linkId).param("a", a.id()).query(Integer.class).single();
        if (found == 0) {
            throw new NotFoundException("showcase link");
        }
        int revoked = jdbc.sql("UPDATE portfolio_showcase_link SET revoked_at = :at, revoked_by = :by"
                        + " WHERE id = :id AND apprenticeship_id = :a AND revoked_at IS NULL AND expires_at > :at")
                .param("at", Timestamp.from(now)).param("by", user.id()).param("id", linkId).param("a", a.id())
                .update();
        if (revoked > 0) {
            events.publishEvent(RecordChanged.updated("PortfolioShowcaseLink", linkId, "works", "revoked"));
        }
    }

    /** What the assessor's link shows: the apprenticeship and the chosen evidence, or 404 once it has expired. */
    public record AssessorView(ApprenticeshipSummary apprenticeship, List<IndexRow> rows, List<Evidence> evidence,
            Instant expiresAt) {

        public java.time.LocalDate expiresOn() {
            return expiresAt.atZone(GovUkDates.LONDON).toLocalDate();
        }
    }

    public AssessorView byToken(String token) {
        record Found(ApprenticeshipId apprenticeshipId, Instant expiresAt) {
        }
        Found found = jdbc.sql("SELECT apprenticeship_id, expires_at FROM portfolio_showcase_link"
                        + " WHERE token_sha256 = :t AND expires_at > :now AND revoked_at IS NULL")
                .param("t", sha256(token == null ? "" : token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Found(new ApprenticeshipId(rs.getObject(1, UUID.class)),
                        rs.getTimestamp(2).toInstant()))
                .optional().orElseThrow(() -> new NotFoundException("showcase"));
        ApprenticeshipSummary a = apprenticeships.find(found.apprenticeshipId())
                .orElseThrow(() -> new NotFoundException("showcase"));
        List<Evidence> chosen = all(a.id());
        return new AssessorView(a, index(a, chosen), chosen, found.expiresAt());
    }

    /** A file of the chosen evidence, through the assessor's link: only evidence in the showcase. */
    public EvidenceDownload download(String token, UUID evidenceId) {
        AssessorView view = byToken(token);
        Evidence e = view.evidence().stream().filter(x -> x.id().equals(evidenceId)).findFirst()
                .orElseThrow(() -> new NotFoundException("evidence"));
        EvidenceVersion v = store.version(e.id(), e.currentNumber()).filter(EvidenceVersion::hasFile)
                .filter(x -> x.scan() != Scan.QUARANTINED).orElseThrow(() -> new NotFoundException("file"));
        return new EvidenceDownload(v, files.open(v.fileId()));
    }

    /** The latest version of a chosen item (its text or link), for the assessor's view. */
    public Optional<EvidenceVersion> latest(Evidence e) {
        return store.version(e.id(), e.currentNumber());
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
