package waypoint.dataprotection.internal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.FundingType;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.EmployerDetails;
import waypoint.organisation.Funding;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.OffTheJobImport;
import waypoint.portfolio.PortfolioImport;
import waypoint.review.PriorReviewDetails;
import waypoint.review.ReviewTransfers;
import waypoint.review.SignedReviews;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.organisation.EmployerId;
import waypoint.organisation.StaffMemberId;
import waypoint.shared.money.Money;

/**
 * Brings a learner's transfer pack in (docs/domain/transfer-pack.md, "Bringing a pack in"), for an administrator:
 * the check shows what would be brought in and what is in the way, doing everything the import would in one
 * transaction it then undoes (files excepted: they are only looked for); the import does it again and keeps it all,
 * or nothing. Every record goes through its owning module's own import, and so its checks and state tables: the
 * learner and employer (organisation), the apprenticeship with its status (enrolment, as one brought in from another
 * system), the off-the-job entries (named by the previous provider), the evidence files (portfolio, added as the
 * learner), the progress reviews held there (review, as reviews with a previous provider, which the schedule of the
 * next review counts from, each with the PDF of its signed record when the pack has one). What has no place of its
 * own here, the previous provider's sign-offs, is kept as they wrote it, read on the learner's transfer page.
 */
@Service
public class TransferPackImport {

    /** The states of a review still to be held (or never held): not a review held with the previous provider. */
    private static final Set<String> NOT_HELD = Set.of("DUE", "PLANNED", "CANCELLED");

    /** Something in the way, and where: "Learner", "Apprenticeship 1 (ST0116)". */
    public record Problem(String where, String field, String message) {
    }

    /** One apprenticeship of the pack as it would come in. */
    public record ApprenticeshipLine(String standardReference, String standardVersion, String standardTitle,
            LocalDate startDate, LocalDate plannedEndDate, String status, String employer, boolean employerKnown,
            int offTheJobEntries, BigDecimal offTheJobHours, int reviews, int ksbSignOffs, int evidenceFiles) {
    }

    /** What the pack holds and, when checked or brought in, what came of it. */
    public record Outcome(boolean imported, UUID importId, UUID learnerId, String previousProvider, String exportedAt,
            String learnerName, String uln, String email, List<ApprenticeshipLine> apprenticeships,
            List<Problem> problems, List<String> notes) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final OrganisationImport organisation;
    private final ApprenticeshipImport apprenticeships;
    private final OffTheJobImport offTheJob;
    private final PortfolioImport portfolio;
    private final ReviewTransfers priorReviews;
    private final Learners learners;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;

    TransferPackImport(OrganisationImport organisation, ApprenticeshipImport apprenticeships,
            OffTheJobImport offTheJob, PortfolioImport portfolio, ReviewTransfers priorReviews, Learners learners,
            JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
            Validator validator) {
        this.organisation = organisation;
        this.apprenticeships = apprenticeships;
        this.offTheJob = offTheJob;
        this.portfolio = portfolio;
        this.priorReviews = priorReviews;
        this.learners = learners;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.validator = validator;
    }

    /** Bringing a learner's record in is an administrator's. */
    public static boolean mayImport(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    /** The tutors a pack's apprenticeships may be given to: id and name. */
    public List<Map.Entry<UUID, String>> tutors() {
        return jdbc.sql("""
                SELECT s.id, s.name FROM organisation.staff_member s
                JOIN organisation.staff_role r ON r.staff_id = s.id AND r.role = 'TUTOR'
                ORDER BY lower(s.name), s.id""")
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    /** The tutor with this id or email, if they are a tutor. */
    public Optional<UUID> tutor(String idOrEmail) {
        if (idOrEmail == null || idOrEmail.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT s.id FROM organisation.staff_member s
                JOIN organisation.staff_role r ON r.staff_id = s.id AND r.role = 'TUTOR'
                WHERE s.id::text = :key OR lower(s.email) = lower(:key) LIMIT 1""")
                .param("key", idOrEmail.strip()).query(UUID.class).optional();
    }

    /** Checks the pack and keeps nothing. */
    public Outcome check(CurrentUser user, Path file, UUID tutorId) {
        return run(user, file, tutorId, false);
    }

    /** Brings the pack in, all of it, or, when anything is in the way, nothing. */
    public Outcome importPack(CurrentUser user, Path file, UUID tutorId) {
        return run(user, file, tutorId, true);
    }

    /** For the system (the demo provider): no one to authorise. */
    public Outcome importForTheSystem(Path file, UUID tutorId) {
        return run(null, file, tutorId, true);
    }

    private Outcome run(CurrentUser user, Path file, UUID tutorId, boolean keep) {
        if (user != null && !mayImport(user)) {
            throw new AccessDeniedException("Bringing in a learner's transfer pack is for administrators");
        }
        try (TransferPackFile read = TransferPackFile.open(file)) {
            TransferPack pack = read.pack();
            List<Problem> problems = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            if (tutorId == null) {
                problems.add(new Problem("Tutor", "tutor", "Select the tutor of the apprenticeships brought in"));
            }
            conflicts(pack, problems);
            UUID[] ids = new UUID[2];
            Run run = new Run();
            if (problems.isEmpty()) {
                transaction.executeWithoutResult(status -> {
                    try {
                        ids[0] = bringIn(run, pack, read, tutorId, user, keep, notes);
                        ids[1] = run.importId;
                    } catch (FieldValidationException invalid) {
                        invalid.errors().forEach((field, message) -> problems.add(new Problem(run.where, field,
                                message)));
                    } catch (IOException unreadable) {
                        problems.add(new Problem(run.where, "file", "A file of the pack could not be read: "
                                + unreadable.getMessage()));
                    } catch (IllegalArgumentException | IllegalStateException refused) {
                        problems.add(new Problem(run.where, "", refused.getMessage()));
                    }
                    if (!keep || !problems.isEmpty()) {
                        status.setRollbackOnly();
                    }
                });
            }
            boolean imported = keep && problems.isEmpty();
            return new Outcome(imported, imported ? ids[1] : null, imported ? ids[0] : null, pack.previousProvider(),
                    pack.exportedAt(), pack.learner().givenNames() + " " + pack.learner().familyName(),
                    pack.learner().uln(), pack.learner().email(), lines(pack), problems, notes);
        } catch (TransferPackFile.Unreadable unreadable) {
            return new Outcome(false, null, null, null, null, null, null, null, List.of(),
                    List.of(new Problem("The pack", "file", unreadable.getMessage())), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where one run has got to, to say where a module's refusal came from, and the record of the import. */
    private static final class Run {
        String where = "Learner";
        UUID importId;
    }

    /** What stands in the way before anything is tried: the ULN or email already here, a standard not known. */
    private void conflicts(TransferPack pack, List<Problem> problems) {
        TransferPack.Learner learner = pack.learner();
        jdbc.sql("SELECT full_name FROM organisation.learner WHERE uln = :uln").param("uln", learner.uln().strip())
                .query(String.class).optional().ifPresent(name -> problems.add(new Problem("Learner", "uln",
                        "A learner with the ULN " + learner.uln() + " is already here (" + name + "): a learner's"
                                + " record is brought in once")));
        jdbc.sql("SELECT count(*) FROM identity.user_account WHERE lower(email) = lower(:email)")
                .param("email", learner.email().strip()).query(Long.class).optional().filter(c -> c > 0)
                .ifPresent(c -> problems.add(new Problem("Learner", "email", "Someone here already signs in with "
                        + learner.email() + ": the learner needs an email address of their own")));
        int n = 0;
        for (TransferPack.Apprenticeship a : pack.apprenticeships()) {
            n++;
            boolean known = jdbc.sql("SELECT count(*) FROM catalogue.standard_version WHERE reference_number = :ref"
                            + " AND (:version = '' OR version = :version)")
                    .param("ref", a.standardReference()).param("version", a.standardVersion() == null ? ""
                            : a.standardVersion())
                    .query(Long.class).single() > 0;
            if (!known) {
                problems.add(new Problem(apprenticeshipName(n, a), "standardVersion", "The standard "
                        + a.standardReference() + (a.standardVersion() == null ? "" : " version "
                        + a.standardVersion()) + " is not in this Waypoint's catalogue: add it from the standards"
                        + " list first"));
            }
            String where = apprenticeshipName(n, a);
            FormChecks.problems(validator, a).forEach((field, message) -> problems.add(
                    new Problem(where, field, message)));
            if (status(a) == null) {
                problems.add(new Problem(apprenticeshipName(n, a), "status", "The status " + a.status()
                        + " is not one Waypoint knows"));
            }
        }
    }

    private UUID bringIn(Run run, TransferPack pack, TransferPackFile read, UUID tutorId, CurrentUser user,
            boolean keep, List<String> notes) throws IOException {
        run.where = "Learner";
        TransferPack.Learner l = pack.learner();
        LearnerId learnerId = organisation.learner(new LearnerDetails(l.givenNames(), l.familyName(), l.dateOfBirth(),
                l.uln(), l.niNumber(), l.email(), l.phone(), l.addressLine1(), l.addressLine2(), l.town(),
                l.postcode(), null, null));
        UUID importId = UUID.randomUUID();
        run.importId = importId;
        String by = user == null ? "Waypoint" : user.displayName();
        String learnerName = l.givenNames() + " " + l.familyName();
        jdbc.sql("""
                INSERT INTO transfer_pack_import (id, learner_id, learner_name, previous_provider, pack_exported_at,
                    imported_by, imported_by_name, imported_at, summary)
                VALUES (:id, :learner, :name, :provider, :exported, :by, :byName, :at, :summary)""")
                .param("id", importId).param("learner", learnerId).param("name", learnerName)
                .param("provider", cut(pack.previousProvider(), 500)).param("exported", cut(pack.exportedAt(), 40))
                .param("by", user == null ? null : user.id()).param("byName", by)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("summary", cut(summary(pack), 2000)).update();
        var account = learners.find(learnerId).orElseThrow();
        CurrentUser learner = new CurrentUser(account.accountId(), account.email(), account.fullName(),
                Set.of(Role.LEARNER));
        int n = 0;
        for (TransferPack.Apprenticeship a : pack.apprenticeships()) {
            n++;
            run.where = apprenticeshipName(n, a);
            EmployerId employerId = employer(a.employer(), notes);
            ApprenticeshipStatus status = status(a);
            NewApprenticeship details = new NewApprenticeship(learnerId, employerId, null, a.standardReference(),
                    a.standardVersion(), new StaffMemberId(tutorId), List.of(), a.startDate(), a.plannedEndDate(), null,
                    a.weeklyHours(), null, null, Set.of(), funding(a.fundingType()), Money.of(a.trainingPrice()),
                    Money.of(a.epaPrice()),
                    null, migration(a, status), null);
            ApprenticeshipId apprenticeshipId = apprenticeships.record(details);
            for (TransferPack.OffTheJobEntry e : a.offTheJob()) {
                if ("REJECTED".equals(e.state())) {
                    continue;
                }
                run.where = apprenticeshipName(n, a) + ", off-the-job training on " + e.date();
                offTheJob.broughtIn(apprenticeshipId, pack.previousProvider(),
                        "transfer:" + importId + ":" + e.id(), e.date(), e.minutes(), e.activityType(), e.description(), ksbs(e.ksbs()),
                        "APPROVED".equals(e.state()));
            }
            long rejected = a.offTheJob().stream().filter(e -> "REJECTED".equals(e.state())).count();
            if (rejected > 0) {
                notes.add(apprenticeshipName(n, a) + ": " + rejected + " off-the-job "
                        + (rejected == 1 ? "entry" : "entries") + " the previous provider rejected not brought in");
            }
            for (TransferPack.Evidence e : a.evidence()) {
                run.where = apprenticeshipName(n, a) + ", evidence \"" + e.title() + "\"";
                if (!keep) {
                    continue; // the check keeps no file: it only knows the file is in the pack
                }
                try (InputStream content = read.open(e.file())) {
                    portfolio.addFile(learner, apprenticeshipId, title(e.title(), pack.previousProvider()),
                            e.type() == null ? "WORK_PRODUCT" : e.type(), e.date(), e.fileName(), content,
                            ksbs(e.ksbs()));
                }
            }
            int notHeld = 0;
            for (TransferPack.Review r : a.reviews()) {
                if (r.state() != null && NOT_HELD.contains(r.state())) {
                    notHeld++;
                    continue;
                }
                run.where = apprenticeshipName(n, a) + ", progress review " + r.number();
                if (!keep || r.signedRecord() == null) {
                    // the check keeps no file: it only knows the signed record is in the pack
                    priorReviews.recordPriorReview(apprenticeshipId, priorReview(pack, importId, r), by);
                    continue;
                }
                try (InputStream signed = read.open(r.signedRecord())) {
                    priorReviews.recordPriorReview(apprenticeshipId, priorReview(pack, importId, r), by,
                            new ReviewTransfers.SignedRecordFile(r.signedRecord().substring(
                                    r.signedRecord().lastIndexOf('/') + 1), signed));
                }
            }
            if (notHeld > 0) {
                notes.add(apprenticeshipName(n, a) + ": " + notHeld + (notHeld == 1 ? " review" : " reviews")
                        + " due with the previous provider but not held there not brought in: the next review here"
                        + " is due counting from the last one held");
            }
            int position = 0;
            for (TransferPack.KsbSignOff s : a.ksbSignOffs()) {
                record(importId, apprenticeshipId, "KSB_SIGN_OFF", position++, s.ksbCode(),
                        Map.of("Signed off", String.valueOf(s.signedOffAt())));
            }
        }
        events.publishEvent(RecordChanged.created("Transfer pack brought in", importId, learnerName + " from "
                + pack.previousProvider() + ": " + summary(pack)));
        return learnerId.value();
    }

    /**
     * A review the previous provider held, for the review module's record of it: the day held (given, or for a pack
     * made before packs said it, the record's own "Held on"), who signed, and the record as they wrote it.
     */
    private static PriorReviewDetails priorReview(TransferPack pack, UUID importId, TransferPack.Review r) {
        LocalDate heldOn = r.heldOn();
        if (heldOn == null && r.record().get("Held on") != null) {
            try {
                heldOn = LocalDate.parse(r.record().get("Held on").strip());
            } catch (java.time.format.DateTimeParseException notADate) {
                heldOn = null; // refused by the review module, with the reason
            }
        }
        List<PriorReviewDetails.Field> content = r.record().entrySet().stream()
                .map(e -> new PriorReviewDetails.Field(e.getKey(), e.getValue())).toList();
        List<SignedReviews.Signer> signers = r.signers().stream().map(s -> new SignedReviews.Signer(
                s.party() == null ? "Signed" : s.party(), s.name() == null ? "" : s.name(), instant(s.signedAt())))
                .toList();
        return new PriorReviewDetails(pack.previousProvider(), pack.previousProviderUkprn(),
                r.number() > 0 ? r.number() : null, heldOn, r.dueDate(), content, signers,
                "transfer:" + importId + ":" + (r.id() == null ? r.number() : r.id()));
    }

    private static java.time.Instant instant(String text) {
        try {
            return text == null ? null : java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException notAMoment) {
            return null;
        }
    }

    private void record(UUID importId, ApprenticeshipId apprenticeshipId, String kind, int position, String heading,
            Map<String, String> fields) {
        jdbc.sql("""
                INSERT INTO transfer_pack_record (id, import_id, apprenticeship_id, kind, position, heading, fields)
                VALUES (:id, :import, :a, :kind, :position, :heading, :fields)""")
                .param("id", UUID.randomUUID()).param("import", importId).param("a", apprenticeshipId)
                .param("kind", kind).param("position", position).param("heading", cut(heading, 500))
                .param("fields", TransferPackExport.JSON.writeValueAsString(fields)).update();
    }

    private EmployerId employer(TransferPack.Employer employer, List<String> notes) {
        if (employer == null || employer.name() == null) {
            throw new FieldValidationException("employer", "The pack names no employer for it");
        }
        Optional<EmployerId> found = employer.employerReferenceNumber() == null ? Optional.empty()
                : organisation.findEmployerByReference(employer.employerReferenceNumber());
        if (found.isEmpty()) {
            found = organisation.findEmployer(employer.name());
        }
        if (found.isPresent()) {
            return found.get();
        }
        notes.add("The employer " + employer.name() + " is added: check their details on the employer's page");
        Funding funding = "LEVY".equals(employer.funding()) ? Funding.LEVY : Funding.NON_LEVY;
        return organisation.employer(new EmployerDetails(employer.name(), null, null, null, employer.postcode(),
                funding, employer.employerReferenceNumber()));
    }

    /** Where it stands now: the last change of its status, as for an apprenticeship brought in from another system. */
    private static NewApprenticeship.Migration migration(TransferPack.Apprenticeship a, ApprenticeshipStatus status) {
        if (status == null || status == ApprenticeshipStatus.ONBOARDING) {
            return null;
        }
        TransferPack.StatusChange last = a.statusHistory().stream().filter(c -> a.status().equals(c.to()))
                .reduce((first, second) -> second).orElse(null);
        LocalDate since = last == null || last.effectiveDate() == null ? a.startDate() : last.effectiveDate();
        WithdrawalReason reason = status != ApprenticeshipStatus.WITHDRAWN ? null
                : Arrays.stream(WithdrawalReason.values()).filter(r -> last != null
                        && r.name().equals(last.withdrawalReason())).findFirst()
                        .orElse(WithdrawalReason.NOT_KNOWN);
        return new NewApprenticeship.Migration(status, since, last == null ? null : last.expectedReturnDate(),
                reason);
    }

    private static ApprenticeshipStatus status(TransferPack.Apprenticeship a) {
        return Arrays.stream(ApprenticeshipStatus.values()).filter(s -> s.name().equals(a.status())).findFirst()
                .orElse(null);
    }

    private static FundingType funding(String type) {
        return Arrays.stream(FundingType.values()).filter(f -> f.name().equals(type)).findFirst().orElse(null);
    }

    private static List<String> ksbs(String ksbs) {
        return ksbs == null || ksbs.isBlank() ? List.of()
                : Arrays.stream(ksbs.split("[ ,]+")).filter(k -> !k.isBlank()).toList();
    }

    private static String title(String title, String provider) {
        String from = " (from " + provider + ")";
        return title.length() + from.length() <= 200 ? title + from : title;
    }

    private static List<ApprenticeshipLine> lines(TransferPack pack) {
        return pack.apprenticeships().stream().map(a -> new ApprenticeshipLine(a.standardReference(),
                a.standardVersion(), a.standardTitle(), a.startDate(), a.plannedEndDate(), a.status(),
                a.employer() == null ? null : a.employer().name(), false,
                (int) a.offTheJob().stream().filter(e -> !"REJECTED".equals(e.state())).count(),
                BigDecimal.valueOf(a.offTheJob().stream().filter(e -> !"REJECTED".equals(e.state()))
                        .mapToLong(TransferPack.OffTheJobEntry::minutes).sum())
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros(),
                (int) a.reviews().stream().filter(r -> r.state() == null || !NOT_HELD.contains(r.state())).count(),
                a.ksbSignOffs().size(), a.evidence().size())).toList();
    }

    private static String summary(TransferPack pack) {
        return lines(pack).stream().map(l -> l.standardReference() + " " + l.status() + ": " + l.offTheJobEntries()
                + " off-the-job entries (" + l.offTheJobHours().toPlainString() + " hours), " + l.reviews()
                + " reviews, " + l.evidenceFiles() + " evidence files, " + l.ksbSignOffs() + " sign-offs")
                .reduce((x, y) -> x + "; " + y).orElse("no apprenticeships");
    }

    private static String apprenticeshipName(int n, TransferPack.Apprenticeship a) {
        return "Apprenticeship " + n + " (" + a.standardReference() + ")";
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
