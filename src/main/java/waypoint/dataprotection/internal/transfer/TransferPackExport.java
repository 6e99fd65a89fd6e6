package waypoint.dataprotection.internal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.ProviderProfile;
import waypoint.review.ReviewTransfers;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.files.FileStore;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataShared;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * Makes a learner's transfer pack (docs/domain/transfer-pack.md): for an administrator or the data protection
 * officer, only with the learner's agreement recorded (when, how, and who it goes to). Each pack made is kept in the
 * list of exports, written in the audit trail and in the log of personal data shared outside the provider. The facts
 * are read from the owning modules' published views; a review's record comes through the personal-data port.
 */
@Service
public class TransferPackExport {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    public static final String RECORD_TYPE = "Transfer pack";

    /** How the learner gave their agreement. */
    public enum AgreementHow {
        IN_WRITING("In writing (a signed letter or form)"),
        BY_EMAIL("By email"),
        IN_PERSON("In person, recorded by staff"),
        BY_PHONE("By phone, recorded by staff");

        private final String words;

        AgreementHow(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The learner's agreement as staff record it: each part given, the note optional. */
    public record Agreement(LocalDate givenOn, AgreementHow how, String note, String recipient) {
    }

    private final JdbcClient jdbc;
    private final FileStore files;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ProviderProfile provider;
    private final List<PersonalDataSource> sources;
    private final ReviewTransfers reviewTransfers;

    TransferPackExport(JdbcClient jdbc, FileStore files, Clock clock, ApplicationEventPublisher events,
            ProviderProfile provider, List<PersonalDataSource> sources, ReviewTransfers reviewTransfers) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
        this.events = events;
        this.provider = provider;
        this.sources = List.copyOf(sources);
        this.reviewTransfers = reviewTransfers;
    }

    public static boolean mayExport(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER);
    }

    /**
     * Records the agreement and the export, and answers the writer of the ZIP: the pack is gathered when the answer
     * is written, file by file, never held whole.
     */
    @Transactional
    public Consumer<OutputStream> export(CurrentUser user, UUID learnerId, Agreement agreement) {
        if (!mayExport(user)) {
            throw new AccessDeniedException("Only an administrator or the data protection officer makes a transfer"
                    + " pack");
        }
        String name = jdbc.sql("SELECT full_name FROM organisation.learner WHERE id = :id").param("id", learnerId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("No such learner"));
        check(agreement);
        Instant at = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO transfer_pack_export (id, learner_id, learner_name, recipient, agreement_given_on,
                    agreement_how, agreement_note, exported_by, exported_by_name, exported_at)
                VALUES (:id, :learner, :name, :recipient, :given, :how, :note, :by, :byName, :at)""")
                .param("id", id).param("learner", learnerId).param("name", name)
                .param("recipient", agreement.recipient().strip()).param("given", agreement.givenOn())
                .param("how", agreement.how().name()).param("note", blankToNull(agreement.note()))
                .param("by", user.id()).param("byName", user.displayName()).param("at", at.atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(RecordChanged.created(RECORD_TYPE, id, "Transfer pack of " + name + " for "
                + agreement.recipient().strip() + ", agreed " + agreement.givenOn() + " " + agreement.how().words()));
        events.publishEvent(new PersonalDataShared(learnerId, PersonalDataShared.Recipient.ANOTHER_PROVIDER,
                agreement.recipient().strip(), "Transfer pack: learner record, apprenticeships, off-the-job training,"
                        + " progress reviews, knowledge, skills and behaviours signed off, portfolio evidence files",
                at));
        TransferPack.Agreement recorded = new TransferPack.Agreement(agreement.givenOn(), agreement.how().name(),
                blankToNull(agreement.note()), user.displayName(), agreement.recipient().strip());
        TransferPack pack = gather(learnerId, at, recorded);
        return out -> write(pack, out);
    }

    /**
     * The agreement's own rule (what was typed is checked on the form): the learner agreed on a day that has come,
     * in London.
     */
    private void check(Agreement agreement) {
        if (agreement.givenOn().isAfter(LocalDate.now(clock.withZone(GovUkDates.LONDON)))) {
            throw new FieldValidationException("agreementGivenOn",
                    "The date the learner agreed must be today or in the past");
        }
    }

    /** The pack's facts, read now. */
    @Transactional(readOnly = true)
    public TransferPack gather(UUID learnerId, Instant at, TransferPack.Agreement agreement) {
        TransferPack.Learner learner = jdbc.sql("SELECT * FROM organisation.learner WHERE id = :id")
                .param("id", learnerId).query((rs, n) -> new TransferPack.Learner(rs.getString("given_names"),
                        rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("uln"), rs.getString("ni_number"), rs.getString("email"), rs.getString("phone"),
                        rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("address_town"),
                        rs.getString("address_postcode")))
                .optional().orElseThrow(() -> new NotFoundException("No such learner"));
        List<UUID> ids = new ArrayList<>();
        List<TransferPack.Apprenticeship> apprenticeships = new ArrayList<>();
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT a.*, e.name AS employer_name, e.funding AS employer_funding,
                       e.address_postcode AS employer_postcode, r.employer_reference_number,
                       coalesce(s.title, latest.title) AS standard_title,
                       coalesce(s.lars_code, latest.lars_code) AS lars_code,
                       coalesce(a.standard_version, latest.version) AS version_held
                FROM enrolment.apprenticeship a
                LEFT JOIN organisation.employer e ON e.id = a.employer_id
                LEFT JOIN organisation.employer_reference r ON r.employer_id = a.employer_id
                LEFT JOIN catalogue.standard_version s
                       ON s.reference_number = a.standard_reference AND s.version = a.standard_version
                LEFT JOIN catalogue.standard_version latest
                       ON latest.reference_number = a.standard_reference AND latest.latest
                WHERE a.learner_id = :id ORDER BY a.start_date, a.created_at""").param("id", learnerId).query()
                .listOfRows();
        rows.forEach(r -> ids.add((UUID) r.get("id")));
        Map<String, PersonalRecord> reviewRecords = new LinkedHashMap<>();
        Map<String, PersonalRecord> evidenceRecords = new LinkedHashMap<>();
        UUID accountId = jdbc.sql("SELECT account_id FROM organisation.learner WHERE id = :id").param("id", learnerId)
                .query(UUID.class).single();
        DataSubject subject = new DataSubject(learnerId, accountId, ids);
        for (PersonalDataSource source : sources) {
            for (PersonalDataSection section : source.describe(subject)) {
                if (section.key().equals("progress-reviews")) {
                    section.records().forEach(r -> reviewRecords.put(r.id(), r));
                }
                if (section.key().equals("portfolio-evidence")) {
                    section.records().forEach(r -> evidenceRecords.put(r.id(), r));
                }
            }
        }
        for (Map<String, Object> r : rows) {
            UUID id = (UUID) r.get("id");
            TransferPack.Employer employer = r.get("employer_name") == null ? null : new TransferPack.Employer(
                    (String) r.get("employer_name"), (String) r.get("employer_reference_number"),
                    (String) r.get("employer_funding"), (String) r.get("employer_postcode"));
            apprenticeships.add(new TransferPack.Apprenticeship(id.toString(), (String) r.get("standard_reference"),
                    (String) r.get("version_held"), (String) r.get("standard_title"),
                    r.get("lars_code") == null ? null : ((Number) r.get("lars_code")).intValue(),
                    date(r.get("start_date")), date(r.get("planned_end_date")), (BigDecimal) r.get("weekly_hours"),
                    (String) r.get("funding_type"), (BigDecimal) r.get("training_price"),
                    (BigDecimal) r.get("epa_price"), employer, (String) r.get("status"), statusHistory(id),
                    signOffs(id), offTheJob(id), reviews(id, reviewRecords), evidence(id, evidenceRecords)));
        }
        String providerName = provider.details().map(d -> d.name()).orElse("A training provider using Waypoint");
        String ukprn = provider.details().map(d -> d.ukprn()).orElse(null);
        return new TransferPack(TransferPack.FORMAT, providerName, ukprn, at.toString(), agreement, learner,
                apprenticeships);
    }

    private List<TransferPack.StatusChange> statusHistory(UUID id) {
        return jdbc.sql("""
                SELECT from_status, to_status, effective_date, withdrawal_reason, expected_return_date
                FROM enrolment.apprenticeship_status_change WHERE apprenticeship_id = :id
                ORDER BY effective_date, recorded_at, id""").param("id", id)
                .query((rs, n) -> new TransferPack.StatusChange(rs.getString("from_status"),
                        rs.getString("to_status"), rs.getObject("effective_date", LocalDate.class),
                        rs.getString("withdrawal_reason"), rs.getObject("expected_return_date", LocalDate.class)))
                .list();
    }

    private List<TransferPack.KsbSignOff> signOffs(UUID id) {
        return jdbc.sql("SELECT ksb_code, signed_off_at FROM portfolio.ksb_sign_off WHERE apprenticeship_id = :id"
                        + " ORDER BY signed_off_at, ksb_code").param("id", id)
                .query((rs, n) -> new TransferPack.KsbSignOff(rs.getString("ksb_code"),
                        instant(rs, "signed_off_at")))
                .list();
    }

    private List<TransferPack.OffTheJobEntry> offTheJob(UUID id) {
        return jdbc.sql("""
                SELECT id, activity_date, minutes, activity_type, description, ksbs, state, evidence_link,
                       evidence_file_id, evidence_name
                FROM otj.entry WHERE apprenticeship_id = :id ORDER BY activity_date, id""").param("id", id)
                .query((rs, n) -> {
                    String fileId = rs.getString("evidence_file_id");
                    String entryId = rs.getString("id");
                    return new TransferPack.OffTheJobEntry(entryId, rs.getObject("activity_date", LocalDate.class),
                            rs.getInt("minutes"), rs.getString("activity_type"), rs.getString("description"),
                            rs.getString("ksbs"), rs.getString("state"), rs.getString("evidence_link"),
                            fileId == null ? null : "files/off-the-job/" + entryId + "/"
                                    + safe(rs.getString("evidence_name")) + "#" + fileId,
                            rs.getString("evidence_name"));
                }).list();
    }

    /** The reviews with the day each was held and who signed it, from the review module (ReviewTransfers). */
    private List<TransferPack.Review> reviews(UUID id, Map<String, PersonalRecord> records) {
        Map<UUID, ReviewTransfers.HeldReview> held = new LinkedHashMap<>();
        reviewTransfers.heldOf(new ApprenticeshipId(id)).forEach(h -> held.put(h.reviewId(), h));
        return jdbc.sql("SELECT id, number, state, due_date FROM review.progress_review WHERE apprenticeship_id = :id"
                        + " ORDER BY number").param("id", id)
                .query((rs, n) -> {
                    PersonalRecord record = records.get(rs.getString("id"));
                    ReviewTransfers.HeldReview h = held.get(rs.getObject("id", UUID.class));
                    return new TransferPack.Review(rs.getString("id"), rs.getInt("number"), rs.getString("state"),
                            rs.getObject("due_date", LocalDate.class), h == null ? null : h.heldOn(),
                            h == null ? List.of() : h.signers().stream().map(s -> new TransferPack.Signer(s.party(),
                                    s.name(), s.signedAt() == null ? null : s.signedAt().toString())).toList(),
                            record == null ? Map.of() : record.fields(),
                            h == null || !h.signedByAll() ? null : "files/reviews/" + h.reviewId()
                                    + "/progress-review-" + h.number() + "-signed.pdf" + SIGNED_RECORD + h.reviewId());
                }).list();
    }

    private List<TransferPack.Evidence> evidence(UUID id, Map<String, PersonalRecord> records) {
        return jdbc.sql("""
                SELECT evidence_id, title, evidence_date, state, file_name, media_type, file_size, sha256, file_id
                FROM portfolio.evidence_file WHERE apprenticeship_id = :id AND released
                ORDER BY evidence_date, evidence_id""").param("id", id)
                .query((rs, n) -> new TransferPack.Evidence(rs.getString("evidence_id"), rs.getString("title"),
                        field(records, rs.getString("evidence_id"), "Description"),
                        field(records, rs.getString("evidence_id"), "Type"),
                        field(records, rs.getString("evidence_id"), "Knowledge, skills and behaviours"),
                        rs.getObject("evidence_date", LocalDate.class), rs.getString("state"),
                        rs.getString("file_name"), rs.getString("media_type"), rs.getObject("file_size", Long.class),
                        rs.getString("sha256"), "files/evidence/" + rs.getString("evidence_id") + "/"
                                + safe(rs.getString("file_name")) + "#" + rs.getString("file_id")))
                .list();
    }

    /** After the {@code #} of a review's signed record: the review whose PDF is printed when the pack is written. */
    private static final String SIGNED_RECORD = "#signed-review:";

    /**
     * Writes the ZIP: the JSON first, then each file under its path. The store's id after the {@code #} of a path
     * is where the file is read from here; the pack names the path only. A review's signed record is printed first,
     * as its page prints it, and left out (with its path) if it can no longer be printed.
     */
    public void writeTo(TransferPack pack, OutputStream out) {
        write(pack, out);
    }

    void write(TransferPack pack, OutputStream out) {
        List<String[]> toCopy = new ArrayList<>();
        Map<String, byte[]> printed = new LinkedHashMap<>();
        List<TransferPack.Apprenticeship> apprenticeships = pack.apprenticeships().stream().map(a ->
                new TransferPack.Apprenticeship(a.id(), a.standardReference(), a.standardVersion(), a.standardTitle(),
                        a.larsCode(), a.startDate(), a.plannedEndDate(), a.weeklyHours(), a.fundingType(),
                        a.trainingPrice(), a.epaPrice(), a.employer(), a.status(), a.statusHistory(), a.ksbSignOffs(),
                        a.offTheJob().stream().map(e -> new TransferPack.OffTheJobEntry(e.id(), e.date(),
                                e.minutes(), e.activityType(), e.description(), e.ksbs(), e.state(), e.evidenceLink(),
                                exists(e.evidenceFile()) ? path(e.evidenceFile(), toCopy) : null, e.evidenceName()))
                                .toList(),
                        a.reviews().stream().map(r -> signedRecord(r, printed)).toList(),
                        a.evidence().stream().filter(e -> exists(e.file()))
                                .map(e -> new TransferPack.Evidence(e.id(), e.title(), e.description(), e.type(),
                                        e.ksbs(), e.date(), e.state(), e.fileName(), e.mediaType(), e.size(),
                                        e.sha256(), path(e.file(), toCopy)))
                                .toList()))
                .toList();
        TransferPack written = new TransferPack(pack.format(), pack.previousProvider(), pack.previousProviderUkprn(),
                pack.exportedAt(),
                pack.agreement(), pack.learner(), apprenticeships);
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(TransferPack.JSON_ENTRY));
            zip.write(JSON.writeValueAsBytes(written));
            zip.closeEntry();
            Set<String> done = new java.util.HashSet<>();
            for (Map.Entry<String, byte[]> signed : printed.entrySet()) {
                if (done.add(signed.getKey())) {
                    zip.putNextEntry(new ZipEntry(signed.getKey()));
                    zip.write(signed.getValue());
                    zip.closeEntry();
                }
            }
            for (String[] file : toCopy) {
                if (!done.add(file[0])) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(file[0]));
                try (InputStream in = files.open(file[1])) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The review with its signed record printed into {@code printed} under its path, or without one. */
    private TransferPack.Review signedRecord(TransferPack.Review r, Map<String, byte[]> printed) {
        if (r.signedRecord() == null || !r.signedRecord().contains(SIGNED_RECORD)) {
            return r;
        }
        int at = r.signedRecord().indexOf(SIGNED_RECORD);
        String path = r.signedRecord().substring(0, at);
        UUID reviewId = UUID.fromString(r.signedRecord().substring(at + SIGNED_RECORD.length()));
        java.util.Optional<byte[]> pdf;
        try {
            pdf = reviewTransfers.signedRecordPdf(reviewId);
        } catch (RuntimeException unprintable) {
            pdf = java.util.Optional.empty(); // the pack is still whole, without this review's PDF
        }
        pdf.ifPresent(bytes -> printed.put(path, bytes));
        return new TransferPack.Review(r.id(), r.number(), r.state(), r.dueDate(), r.heldOn(), r.signers(),
                r.record(), pdf.isPresent() ? path : null);
    }

    /**
     * Whether the store still has the file (an id after the {@code #}): a file it has lost is left out of the pack,
     * rather than the pack breaking off half written.
     */
    private boolean exists(String withId) {
        if (withId == null) {
            return false;
        }
        try {
            files.size(withId.substring(withId.lastIndexOf('#') + 1));
            return true;
        } catch (IOException | RuntimeException missing) {
            return false;
        }
    }

    private static String path(String withId, List<String[]> toCopy) {
        if (withId == null) {
            return null;
        }
        int hash = withId.lastIndexOf('#');
        String path = withId.substring(0, hash);
        toCopy.add(new String[] {path, withId.substring(hash + 1)});
        return path;
    }

    /** A name safe inside a ZIP on every system: letters, digits, dot, dash and underscore. */
    static String safe(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        return cleaned.isEmpty() ? "file" : cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
    }

    private static String field(Map<String, PersonalRecord> records, String id, String label) {
        PersonalRecord record = records.get(id);
        return record == null ? null : record.fields().get(label);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static String instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant().toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
