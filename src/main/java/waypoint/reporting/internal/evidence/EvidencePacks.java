package waypoint.reporting.internal.evidence;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.money.GovUkMoney;
import waypoint.shared.money.Money;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.TrainingPlans;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.CurrentUser;
import waypoint.review.SignedReviews;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.SensitiveRecordViewed;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.files.FileStore;
import waypoint.shared.pdf.PdfRenderer;
import waypoint.shared.time.GovUkDates;

/**
 * The funding audit evidence pack of one apprenticeship (docs/domain/audit-and-inspection.md, "The evidence pack"):
 * an index (a tagged PDF) and a ZIP of the files behind it, section by section, each section saying what is missing.
 * Everything is read from the views the owning modules publish; kept files are streamed from the file store by the
 * ids those views hand out (the portfolio's view hands out no id for a file that failed the virus scan, and the
 * index names it as held back), each signed training plan version is printed by the enrolment module, and each signed
 * progress review by the review module. Never a
 * safeguarding or health record: no view this reads carries one. Every download is on the audit trail.
 */
@Service
public class EvidencePacks {

    private static final String INDEX = "index.pdf";

    /** Who and what the pack is about. */
    public record Apprentice(ApprenticeshipId id, String name, String uln, String employer, String standard,
            String standardTitle, LocalDate start, LocalDate plannedEnd, ApprenticeshipStatus status,
            Money trainingPrice, Money epaPrice, String fundingType) {
    }

    /** A file in the ZIP: a kept file (by its store id) or one made for the pack. */
    public record Attachment(String path, String fileId, Supplier<byte[]> made) {
    }

    public record Pack(Apprentice apprentice, List<EvidenceSection> sections, List<RiskFinding> risks,
            Instant madeAt, String madeBy, List<Attachment> attachments) {

        public long missing() {
            return sections.stream().mapToLong(s -> s.missing().size()).sum();
        }

        public List<RiskFinding> risksNeedingAttention() {
            return risks.stream().filter(RiskFinding::needsAttention).toList();
        }
    }

    private final JdbcClient jdbc;
    private final EvidencePolicy policy;
    private final TrainingPlans trainingPlans;
    private final SignedReviews signedReviews;
    private final RiskList risks;
    private final FileStore files;
    private final PdfRenderer pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidencePacks(JdbcClient jdbc, EvidencePolicy policy, TrainingPlans trainingPlans, SignedReviews signedReviews,
            RiskList risks, FileStore files, PdfRenderer pdf, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.trainingPlans = trainingPlans;
        this.signedReviews = signedReviews;
        this.risks = risks;
        this.files = files;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    /** Refuses, before anything is written, a reader who may not have this apprenticeship's pack. */
    public void requireReadable(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        policy.requireEvidenceOf(user, apprenticeshipId);
    }

    /** The pack's index as the page shows it; nothing is downloaded, so nothing is audited. */
    @Transactional
    public Pack assemble(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        policy.requireEvidenceOf(user, apprenticeshipId);
        return build(user, apprenticeshipId.value());
    }

    /** The index alone, as a tagged PDF; audited. */
    @Transactional
    public byte[] indexPdf(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        Pack pack = assemble(user, apprenticeshipId);
        audit(apprenticeshipId, "Funding audit evidence index downloaded");
        return render(pack);
    }

    /** The whole pack as a ZIP streamed to {@code out} (the index first, then each file); audited. */
    @Transactional
    public void writeZip(CurrentUser user, ApprenticeshipId apprenticeshipId, OutputStream out) {
        Pack pack = assemble(user, apprenticeshipId);
        audit(apprenticeshipId, "Funding audit evidence pack downloaded");
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            writeInto(zip, "", pack);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pack under {@code folder} of a ZIP being written (a sample writes many), already authorised. */
    void writeInto(ZipOutputStream zip, String folder, Pack pack) throws IOException {
        zip.putNextEntry(new ZipEntry(folder + INDEX));
        zip.write(render(pack));
        zip.closeEntry();
        for (Attachment attachment : pack.attachments()) {
            if (attachment.fileId() != null) {
                InputStream in;
                try {
                    in = files.open(attachment.fileId());
                } catch (IOException | UncheckedIOException gone) {
                    // one unreadable file must not lose the rest of the pack: a note says which
                    zip.putNextEntry(new ZipEntry(folder + attachment.path() + "-could-not-be-read.txt"));
                    zip.write(("This file could not be read from the file store when the pack was made.\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    zip.closeEntry();
                    continue;
                }
                try (in) {
                    zip.putNextEntry(new ZipEntry(folder + attachment.path()));
                    in.transferTo(zip);
                }
            } else {
                zip.putNextEntry(new ZipEntry(folder + attachment.path()));
                zip.write(attachment.made().get());
            }
            zip.closeEntry();
        }
    }

    /**
     * A pack written into a sample in the background, for the reader who asked for it (still allowed to see the
     * apprenticeship); the sample's download is what is audited, for each apprentice in it.
     */
    Pack forSample(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        policy.requireEvidenceOf(user, apprenticeshipId);
        return build(user, apprenticeshipId.value());
    }

    private void audit(ApprenticeshipId apprenticeshipId, String what) {
        events.publishEvent(new SensitiveRecordViewed("apprenticeship", apprenticeshipId.toString(), what));
    }

    byte[] render(Pack pack) {
        return pdf.render("reporting/evidence-pack-pdf", Map.of("pack", pack));
    }

    private Pack build(CurrentUser user, UUID id) {
        Apprentice apprentice = apprentice(id);
        Paths paths = new Paths();
        List<EvidenceSection> sections = new ArrayList<>();
        sections.add(eligibility(id));
        sections.add(trainingPlan(user, id, paths));
        sections.add(initialAssessment(id, paths));
        sections.add(offTheJob(id, paths));
        sections.add(reviews(user, apprentice, paths));
        sections.add(breaksAndWithdrawal(id, paths));
        sections.add(englishAndMaths(id, paths));
        sections.add(portfolio(id, paths));
        sections.add(gateway(apprentice));
        sections.add(results(apprentice));
        sections.add(completion(apprentice));
        RiskList.Line judged = risks.judgeOne(apprentice.id());
        return new Pack(apprentice, sections, judged == null ? List.of() : judged.findings(), clock.instant(),
                user.displayName(), paths.attachments);
    }

    /** The ZIP's paths, each unique and made of safe characters. */
    private static final class Paths {
        final List<Attachment> attachments = new ArrayList<>();
        private final Set<String> taken = new HashSet<>();

        String kept(String folder, String name, String fileId) {
            String path = unique(folder, name);
            attachments.add(new Attachment(path, fileId, null));
            return path;
        }

        String made(String folder, String name, Supplier<byte[]> content) {
            String path = unique(folder, name);
            attachments.add(new Attachment(path, null, content));
            return path;
        }

        private String unique(String folder, String name) {
            String safe = safe(name);
            String path = folder + "/" + safe;
            int dot = safe.lastIndexOf('.');
            for (int n = 2; !taken.add(path); n++) {
                path = folder + "/" + (dot > 0 ? safe.substring(0, dot) + "-" + n + safe.substring(dot)
                        : safe + "-" + n);
            }
            return path;
        }

        static String safe(String name) {
            String cleaned = (name == null || name.isBlank() ? "file" : name).replaceAll("[^A-Za-z0-9._-]+", "-")
                    .replaceAll("-{2,}", "-").replaceAll("^[-.]+", "");
            if (cleaned.isEmpty()) {
                cleaned = "file";
            }
            return cleaned.length() > 100 ? cleaned.substring(cleaned.length() - 100) : cleaned;
        }
    }

    private Apprentice apprentice(UUID id) {
        return jdbc.sql("""
                        SELECT a.id, l.full_name, l.uln, e.name, a.standard_reference, a.standard_version, sv.title,
                               a.start_date, a.planned_end_date, a.status, a.training_price, a.epa_price, a.funding_type
                        FROM enrolment.apprenticeship a
                             JOIN organisation.learner l ON l.id = a.learner_id
                             JOIN organisation.employer e ON e.id = a.employer_id
                             LEFT JOIN catalogue.standard_version sv ON sv.reference_number = a.standard_reference
                                   AND sv.version = a.standard_version
                        WHERE a.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Apprentice(new ApprenticeshipId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5) + " version " + rs.getString(6),
                        rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        ApprenticeshipStatus.valueOf(rs.getString(10)), Money.of(rs.getBigDecimal(11)),
                        Money.of(rs.getBigDecimal(12)),
                        fundingType(rs.getString(13))))
                .optional().orElseThrow(() -> new NotFoundException("Apprenticeship"));
    }

    private static String fundingType(String code) {
        if (code == null) {
            return null;
        }
        try {
            return waypoint.enrolment.FundingType.valueOf(code).words();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private Optional<Instant> taskCompleted(UUID id, String task) {
        return jdbc.sql("SELECT updated_at FROM enrolment.onboarding_task WHERE apprenticeship_id = :id"
                        + " AND task = :task AND completed")
                .param("id", id).param("task", task)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    private EvidenceSection eligibility(UUID id) {
        EvidenceSection.Builder section = EvidenceSection.titled("Eligibility");
        taskCompleted(id, "ELIGIBILITY").ifPresentOrElse(
                at -> section.line("Eligibility check completed on " + GovUkDates.time(at)
                        + " (the answers are on the apprenticeship's onboarding record)"),
                () -> section.missing("Eligibility check not completed"));
        taskCompleted(id, "PRE_START_MEETING").ifPresentOrElse(
                at -> section.line("Employer pre-start meeting recorded on " + GovUkDates.time(at)),
                () -> section.missing("No employer pre-start meeting recorded"));
        return section.build();
    }

    private record PlanVersion(int number, Instant createdAt, String sha256, String changes, BigDecimal planned) {
    }

    private record Signature(int version, String party, String name, Instant at, String sha256) {
    }

    private EvidenceSection trainingPlan(CurrentUser user, UUID id, Paths paths) {
        EvidenceSection.Builder section = EvidenceSection.titled("Training plan");
        List<PlanVersion> versions = jdbc.sql("""
                        SELECT number, created_at, sha256, changes, planned_otj_hours
                        FROM enrolment.training_plan_version WHERE apprenticeship_id = :id ORDER BY number""")
                .param("id", id)
                .query((rs, n) -> new PlanVersion(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5)))
                .list();
        List<Signature> signatures = jdbc.sql("""
                        SELECT document_version, party, typed_name, signed_at, document_sha256
                        FROM enrolment.onboarding_signature
                        WHERE apprenticeship_id = :id AND document = 'TRAINING_PLAN'
                        ORDER BY document_version, signed_at""")
                .param("id", id)
                .query((rs, n) -> new Signature(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
        if (versions.isEmpty()) {
            return section.missing("No training plan").missing("No signed training plan").build();
        }
        boolean anySigned = false;
        for (PlanVersion v : versions) {
            List<Signature> own = signatures.stream()
                    .filter(s -> s.version() == v.number() && s.sha256().trim().equals(v.sha256().trim())).toList();
            Set<String> parties = new HashSet<>();
            own.forEach(s -> parties.add(s.party()));
            boolean signed = parties.containsAll(List.of("LEARNER", "EMPLOYER", "PROVIDER"));
            anySigned |= signed;
            StringBuilder text = new StringBuilder("Version " + v.number() + " written "
                    + GovUkDates.time(v.createdAt()));
            if (v.planned() != null) {
                text.append(", planned off-the-job hours ").append(v.planned().stripTrailingZeros().toPlainString());
            }
            text.append(signed ? ": signed by all three parties" : ": not signed by all three parties");
            own.forEach(s -> text.append("; ").append(partyWords(s.party())).append(" ").append(s.name())
                    .append(" on ").append(GovUkDates.time(s.at())));
            if (signed) {
                int number = v.number();
                String file = paths.made("02-training-plan", "training-plan-version-" + number + ".pdf",
                        () -> trainingPlans.versionPdf(user, new ApprenticeshipId(id), number));
                section.line(text.toString(), file);
            } else {
                section.line(text.toString());
            }
        }
        if (!anySigned) {
            section.missing("No signed training plan");
        } else if (!signatures.isEmpty() && versions.get(versions.size() - 1).number()
                != signatures.stream().mapToInt(Signature::version).max().orElse(0)) {
            section.missing("The newest training plan version is not signed");
        }
        return section.build();
    }

    private static String partyWords(String party) {
        return switch (party) {
            case "LEARNER" -> "apprentice";
            case "EMPLOYER" -> "employer";
            case "PROVIDER" -> "provider";
            default -> party.toLowerCase();
        };
    }

    private EvidenceSection initialAssessment(UUID id, Paths paths) {
        EvidenceSection.Builder section = EvidenceSection.titled("Initial assessment and prior learning");
        taskCompleted(id, "INITIAL_ASSESSMENT").ifPresentOrElse(
                at -> section.line("Initial assessment completed on " + GovUkDates.time(at)),
                () -> section.missing("Initial assessment not completed"));
        Map<String, Long> scans = new LinkedHashMap<>();
        jdbc.sql("SELECT rater, ratings FROM enrolment.skills_scan WHERE apprenticeship_id = :id ORDER BY rater")
                .param("id", id).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> scans.put(e.getKey(), e.getValue()));
        for (String rater : List.of("LEARNER", "EMPLOYER")) {
            String who = rater.equals("LEARNER") ? "the apprentice" : "the employer";
            if (scans.containsKey(rater)) {
                section.line("Skills scan by " + who + ": " + scans.get(rater) + " KSBs rated");
            } else {
                section.missing("No skills scan by " + who);
            }
        }
        record Claim(String fileId, String fileName, Instant appliedAt, BigDecimal hours, Instant decidedAt) {
        }
        Optional<Claim> claim = jdbc.sql("""
                        SELECT evidence_file_id, evidence_name, applied_at, hours_recognised, decided_at
                        FROM enrolment.prior_learning_claim WHERE apprenticeship_id = :id""")
                .param("id", id)
                .query((rs, n) -> new Claim(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getBigDecimal(4), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .optional();
        if (claim.isEmpty()) {
            section.line("No prior learning claimed");
        } else {
            Claim c = claim.get();
            String file = c.fileId() == null ? null
                    : paths.kept("03-initial-assessment", "prior-learning-" + c.fileName(), c.fileId());
            section.line("Prior learning claimed on " + GovUkDates.time(c.appliedAt()), file);
            if (c.decidedAt() == null) {
                section.missing("Prior learning claim not yet decided");
            } else {
                String more = jdbc.sql("""
                                SELECT prior_learning_percentage, reduced_minimum_otj_hours, duration_reduction_days,
                                       price_reduction_percentage, minimum_price_reduction
                                FROM enrolment.prior_learning WHERE apprenticeship_id = :id""")
                        .param("id", id)
                        .query((rs, n) -> figure(", prior learning ", rs.getBigDecimal(1), "%")
                                + figure(", minimum off-the-job hours after it ", rs.getBigDecimal(2), " hours")
                                + (rs.getObject(3) == null ? "" : ", " + rs.getInt(3) + " days shorter")
                                + figure(", price reduced by at least ", rs.getBigDecimal(4), "%")
                                + (rs.getBigDecimal(5) == null ? ""
                                        : " (" + GovUkMoney.words(rs.getBigDecimal(5)) + ")"))
                        .optional().orElse("");
                section.line("Decided on " + GovUkDates.time(c.decidedAt()) + ": "
                        + (c.hours() == null ? "hours not recorded" : plain(c.hours()) + " hours recognised") + more);
            }
            if (c.fileId() == null) {
                section.missing("No evidence attached to the prior learning claim");
            }
        }
        return section.build();
    }

    private static String figure(String before, BigDecimal value, String after) {
        return value == null ? "" : before + plain(value) + after;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private record Entry(UUID id, LocalDate date, int minutes, String type, String description, String state,
            String fileId, String fileName, String link, UUID portfolioItem, Instant reviewedAt,
            Instant confirmedAt) {
    }

    private EvidenceSection offTheJob(UUID id, Paths paths) {
        EvidenceSection.Builder section = EvidenceSection.titled("Off-the-job training");
        List<Entry> entries = jdbc.sql("""
                        SELECT id, activity_date, minutes, activity_type, description, state, evidence_file_id,
                               evidence_name, evidence_link, portfolio_evidence_id, reviewed_at, employer_confirmed_at
                        FROM otj.entry WHERE apprenticeship_id = :id ORDER BY activity_date, id""")
                .param("id", id)
                .query((rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getObject(10, UUID.class),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(),
                        rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant()))
                .list();
        record Figures(BigDecimal planned, BigDecimal minimum) {
        }
        Figures figures = jdbc.sql("""
                        SELECT tp.planned_otj_hours, p.minimum_hours FROM enrolment.apprenticeship a
                        LEFT JOIN enrolment.training_plan tp ON tp.apprenticeship_id = a.id
                        LEFT JOIN otj.pace p ON p.apprenticeship_id = a.id WHERE a.id = :id""")
                .param("id", id).query((rs, n) -> new Figures(rs.getBigDecimal(1), rs.getBigDecimal(2)))
                .optional().orElse(new Figures(null, null));
        long approved = entries.stream().filter(e -> "APPROVED".equals(e.state())).mapToLong(Entry::minutes).sum();
        long waiting = entries.stream().filter(e -> "SUBMITTED".equals(e.state())
                || "MORE_DETAIL_REQUESTED".equals(e.state())).mapToLong(Entry::minutes).sum();
        section.line("Planned: " + (figures.planned() == null ? "not known" : plain(figures.planned()) + " hours")
                + "; minimum for the rules of the start date: "
                + (figures.minimum() == null ? "not known" : plain(figures.minimum()) + " hours"));
        if (figures.planned() == null) {
            section.missing("No planned off-the-job hours");
        }
        if (figures.minimum() == null) {
            section.missing("The minimum off-the-job hours are not known");
        }
        if (entries.isEmpty()) {
            return section.missing("No off-the-job training recorded").build();
        }
        CsvTable ledger = CsvTable.withColumns("Date", "Hours", "Activity", "Description", "State", "Evidence",
                "Approved or reviewed", "Employer confirmed");
        long withoutEvidence = 0;
        for (Entry e : entries) {
            String evidence;
            if (e.fileId() != null) {
                evidence = paths.kept("04-off-the-job/evidence", e.date() + "-" + e.fileName(), e.fileId());
            } else if (e.link() != null) {
                evidence = e.link();
            } else if (e.portfolioItem() != null) {
                evidence = "Portfolio evidence (see the portfolio section)";
            } else {
                evidence = "";
                if ("APPROVED".equals(e.state())) {
                    withoutEvidence++;
                }
            }
            ledger.row(e.date(), hours(e.minutes()), e.type(), e.description(), e.state(), evidence,
                    e.reviewedAt() == null ? null : GovUkDates.time(e.reviewedAt()),
                    e.confirmedAt() == null ? null : GovUkDates.time(e.confirmedAt()));
        }
        byte[] csv = ledger.toBytes();
        String file = paths.made("04-off-the-job", "off-the-job-ledger.csv", () -> csv);
        section.line(entries.size() + " entries from " + GovUkDates.date(entries.get(0).date()) + " to "
                + GovUkDates.date(entries.get(entries.size() - 1).date()) + ": " + hours(approved) + " hours approved, "
                + hours(waiting) + " hours waiting", file);
        if (withoutEvidence > 0) {
            section.missing(withoutEvidence + (withoutEvidence == 1 ? " approved entry has" : " approved entries have")
                    + " no evidence attached");
        }
        return section.build();
    }

    private static String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /**
     * Each review's state and dates, and each version of a review's record signed by all three people as its PDF
     * (printed by the review module, as its own page prints it), with the day it was held and who signed when.
     */
    private EvidenceSection reviews(CurrentUser user, Apprentice apprentice, Paths paths) {
        EvidenceSection.Builder section = EvidenceSection.titled("Progress reviews");
        for (SignedReviews.SignedReview signed : signedReviews.of(user, apprentice.id())) {
            StringBuilder text = new StringBuilder("Review " + signed.number() + ", version " + signed.version()
                    + (signed.heldOn() == null ? "" : ", held " + GovUkDates.date(signed.heldOn())) + ": signed by");
            for (int i = 0; i < signed.signers().size(); i++) {
                SignedReviews.Signer s = signed.signers().get(i);
                text.append(i == 0 ? " " : "; ").append(s.party().toLowerCase()).append(" ").append(s.name())
                        .append(" on ").append(GovUkDates.time(s.signedAt()));
            }
            UUID reviewId = signed.reviewId();
            int version = signed.version();
            section.line(text.toString(), paths.made("05-progress-reviews", "progress-review-" + signed.number()
                    + "-version-" + version + ".pdf", () -> signedReviews.pdf(user, reviewId, version)));
        }
        record Review(int number, String state, LocalDate due, Instant meeting) {
        }
        List<Review> reviews = jdbc.sql("""
                        SELECT number, state, due_date, meeting_at FROM review.progress_review
                        WHERE apprenticeship_id = :id ORDER BY number""")
                .param("id", apprentice.id())
                .query((rs, n) -> new Review(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
        LocalDate today = LocalDate.now(clock);
        long held = 0;
        for (Review r : reviews) {
            String state = waypoint.review.ReviewState.valueOf(r.state()).words();
            section.line("Review " + r.number() + ": " + state
                    + (r.meeting() == null ? "" : ", met " + GovUkDates.time(r.meeting()))
                    + (r.due() == null ? "" : ", due " + GovUkDates.date(r.due())));
            if (List.of("AWAITING_SIGNATURES", "SIGNED", "AMENDING").contains(r.state())) {
                held++;
            }
            if (r.due() != null && r.due().isBefore(today) && List.of("DUE", "PLANNED").contains(r.state())
                    && apprentice.status().isActive()) {
                section.missing("Review " + r.number() + " overdue since " + GovUkDates.date(r.due()));
            }
            if ("AWAITING_SIGNATURES".equals(r.state())) {
                section.missing("Review " + r.number() + " not signed by everyone");
            }
        }
        if (held == 0 && ChronoUnit.DAYS.between(apprentice.start(), today) > FundingRiskRules.MOST_DAYS_BETWEEN_REVIEWS
                && apprentice.status() != ApprenticeshipStatus.ONBOARDING) {
            section.missing("No progress review held");
        }
        return section.build();
    }

    private EvidenceSection breaksAndWithdrawal(UUID id, Paths paths) {
        EvidenceSection.Builder section = EvidenceSection.titled("Breaks in learning and withdrawal");
        record Change(String transition, String to, LocalDate on, Instant recorded, String reason,
                LocalDate expectedReturn, Integer moved) {
        }
        List<Change> changes = jdbc.sql("""
                        SELECT transition, to_status, effective_date, recorded_at, withdrawal_reason,
                               expected_return_date, planned_end_moved_days
                        FROM enrolment.apprenticeship_status_change WHERE apprenticeship_id = :id
                        ORDER BY effective_date, recorded_at""")
                .param("id", id)
                .query((rs, n) -> new Change(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getObject(6, LocalDate.class),
                        (Integer) rs.getObject(7)))
                .list();
        CsvTable timeline = CsvTable.withColumns("Effective date", "Change", "Status after", "Recorded",
                "Withdrawal reason", "Expected return", "Planned end moved (days)");
        boolean any = false;
        for (Change c : changes) {
            String status = ApprenticeshipStatus.valueOf(c.to()).words();
            String reason = c.reason() == null ? null : withdrawalWords(c.reason());
            timeline.row(c.on(), c.transition(), status, GovUkDates.time(c.recorded()), reason, c.expectedReturn(),
                    c.moved());
            switch (c.transition()) {
                case "BREAK" -> {
                    any = true;
                    section.line("Break in learning from " + GovUkDates.date(c.on())
                            + (c.expectedReturn() == null ? ""
                                    : ", expected back " + GovUkDates.date(c.expectedReturn())));
                }
                case "RETURN" -> {
                    any = true;
                    section.line("Returned on " + GovUkDates.date(c.on())
                            + (c.moved() == null ? "" : "; planned end moved by " + c.moved() + " days"));
                }
                case "WITHDRAW" -> {
                    any = true;
                    section.line("Withdrawn on " + GovUkDates.date(c.on()) + (reason == null ? "" : ": " + reason));
                    if (reason == null) {
                        section.missing("No withdrawal reason recorded");
                    }
                }
                default -> {
                }
            }
        }
        if (!any) {
            section.line("No break in learning or withdrawal");
        }
        byte[] csv = timeline.toBytes();
        String file = paths.made("06-breaks-and-withdrawal", "status-timeline.csv", () -> csv);
        section.line("Every change of status, dated", file);
        return section.build();
    }

    private static String withdrawalWords(String code) {
        try {
            return WithdrawalReason.valueOf(code).words();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private EvidenceSection englishAndMaths(UUID id, Paths paths) {
        EvidenceSection.Builder section = EvidenceSection.titled("English and maths");
        record Planned(String english, String maths) {
        }
        Planned planned = jdbc.sql("SELECT english_planned, maths_planned FROM enrolment.training_plan"
                        + " WHERE apprenticeship_id = :id")
                .param("id", id).query((rs, n) -> new Planned(rs.getString(1), rs.getString(2))).optional()
                .orElse(null);
        if (planned == null) {
            section.missing("No English and maths plan (no training plan)");
        } else {
            section.line("Functional skills planned: English " + levelWords(planned.english()) + ", maths "
                    + levelWords(planned.maths()));
        }
        record Result(String subject, String kind, String result, LocalDate on, String source) {
        }
        List<Result> results = jdbc.sql("""
                        SELECT subject, kind, result, assessed_on, source FROM enrolment.english_maths_result
                        WHERE apprenticeship_id = :id ORDER BY assessed_on, subject""")
                .param("id", id)
                .query((rs, n) -> new Result(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        results.forEach(r -> section.line(subjectWords(r.subject()) + " " + r.kind().toLowerCase() + " assessment on "
                + GovUkDates.date(r.on()) + ": " + r.result() + " (" + r.source() + ")"));
        record Exemption(String subject, String qualification, String fileId, String fileName, Instant verified) {
        }
        List<Exemption> exemptions = jdbc.sql("""
                        SELECT subject, qualification, certificate_file_id, certificate_name, verified_at
                        FROM enrolment.english_maths_exemption WHERE apprenticeship_id = :id ORDER BY subject""")
                .param("id", id)
                .query((rs, n) -> new Exemption(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
        Set<String> covered = new HashSet<>();
        results.forEach(r -> covered.add(r.subject()));
        for (Exemption x : exemptions) {
            covered.add(x.subject());
            String file = paths.kept("07-english-and-maths", subjectWords(x.subject()).toLowerCase() + "-certificate-"
                    + x.fileName(), x.fileId());
            section.line(subjectWords(x.subject()) + " exemption: " + x.qualification()
                    + (x.verified() == null ? "" : ", certificate checked " + GovUkDates.time(x.verified())), file);
            if (x.verified() == null) {
                section.missing(subjectWords(x.subject()) + " exemption certificate not checked by staff");
            }
        }
        for (String subject : List.of("ENGLISH", "MATHS")) {
            if (!covered.contains(subject)) {
                section.missing("No " + subjectWords(subject) + " assessment or exemption recorded");
            }
        }
        return section.build();
    }

    private static String levelWords(String level) {
        return level == null || level.isBlank() || level.equals("NONE") ? "none"
                : level.replace('_', ' ').toLowerCase();
    }

    private static String subjectWords(String subject) {
        return "ENGLISH".equals(subject) ? "English" : "Maths";
    }

    private EvidenceSection portfolio(UUID id, Paths paths) {
        EvidenceSection.Builder section = EvidenceSection.titled("Portfolio evidence");
        record Item(String title, LocalDate date, String fileName, String fileId, boolean released) {
        }
        List<Item> items = jdbc.sql("""
                        SELECT title, evidence_date, file_name, file_id, released FROM portfolio.evidence_file
                        WHERE apprenticeship_id = :id ORDER BY evidence_date, evidence_id""")
                .param("id", id)
                .query((rs, n) -> new Item(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5)))
                .list();
        if (items.isEmpty()) {
            section.line("No portfolio files");
        }
        for (Item item : items) {
            String text = item.title() + " (" + GovUkDates.date(item.date()) + ")";
            if (item.released() && item.fileId() != null) {
                section.line(text, paths.kept("08-portfolio", item.date() + "-" + item.fileName(), item.fileId()));
            } else {
                section.heldBack(text + ": " + item.fileName() + " failed the virus scan and is not included");
            }
        }
        return section.build();
    }

    private record Epa(String stage, LocalDate meeting, String decision, LocalDate certificateRequested,
            LocalDate certificateReceived, String progression, LocalDate progressionOn) {
    }

    private Optional<Epa> epa(UUID id) {
        return jdbc.sql("""
                        SELECT stage, meeting_held_on, meeting_decision, certificate_requested_on,
                               certificate_received_on, progression_kind, progression_held_on
                        FROM epa.gateway WHERE apprenticeship_id = :id""")
                .param("id", id)
                .query((rs, n) -> new Epa(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getObject(7, LocalDate.class)))
                .optional();
    }

    private static boolean reachedGateway(ApprenticeshipStatus status) {
        return status == ApprenticeshipStatus.GATEWAY || status == ApprenticeshipStatus.END_POINT_ASSESSMENT
                || status == ApprenticeshipStatus.COMPLETED;
    }

    private EvidenceSection gateway(Apprentice apprentice) {
        EvidenceSection.Builder section = EvidenceSection.titled("Gateway");
        Optional<Epa> epa = epa(apprentice.id().value());
        if (epa.isPresent() && epa.get().meeting() != null) {
            section.line("Gateway meeting held on " + GovUkDates.date(epa.get().meeting())
                    + (epa.get().decision() == null ? "" : ": " + epa.get().decision().toLowerCase().replace('_', ' ')));
        } else if (reachedGateway(apprentice.status())) {
            section.missing("No gateway meeting recorded");
        } else {
            section.line("Not at gateway yet");
        }
        return section.build();
    }

    private EvidenceSection results(Apprentice apprentice) {
        EvidenceSection.Builder section = EvidenceSection.titled("End-point assessment results");
        // each attempt with who marked it: the provider (its marker) or the assessment organisation (and its assessor)
        record Result(String component, String grade, int attempt, LocalDate on, boolean byProvider, String marker,
                String organisation) {
            String markedBy() {
                if (byProvider) {
                    return "marked by the training provider (" + (marker == null ? "marker not recorded" : marker) + ")";
                }
                String who = java.util.stream.Stream.of(organisation, marker == null ? null : "assessor " + marker)
                        .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
                return "marked by the assessment organisation" + (who.isEmpty() ? "" : " (" + who + ")");
            }
        }
        List<Result> results = jdbc.sql("""
                        SELECT component, grade, attempt, assessed_on, marked_by, marker_name, assessment_organisation
                        FROM epa.result
                        WHERE apprenticeship_id = :id ORDER BY assessed_on, component, attempt""")
                .param("id", apprentice.id())
                .query((rs, n) -> new Result(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class), "PROVIDER".equals(rs.getString(5)), rs.getString(6),
                        rs.getString(7)))
                .list();
        results.forEach(r -> section.line(r.component() + ": " + r.grade().toLowerCase().replace('_', ' ')
                + " (attempt " + r.attempt() + "), assessed " + GovUkDates.date(r.on()) + ", " + r.markedBy()));
        jdbc.sql("SELECT overall_grade FROM epa.completion WHERE apprenticeship_id = :id AND overall_grade IS NOT NULL")
                .param("id", apprentice.id()).query(String.class).optional()
                .ifPresent(g -> section.line("Overall grade: " + g.toLowerCase().replace('_', ' ')));
        if (results.isEmpty()) {
            if (apprentice.status() == ApprenticeshipStatus.COMPLETED) {
                section.missing("No assessment results recorded");
            } else {
                section.line("No assessment results yet");
            }
        }
        return section.build();
    }

    private EvidenceSection completion(Apprentice apprentice) {
        EvidenceSection.Builder section = EvidenceSection.titled("Completion");
        record Completion(LocalDate actualEnd, LocalDate achieved) {
        }
        Optional<Completion> done = jdbc.sql("""
                        SELECT actual_end_date, achievement_date FROM epa.completion WHERE apprenticeship_id = :id""")
                .param("id", apprentice.id())
                .query((rs, n) -> new Completion(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .optional();
        if (apprentice.status() != ApprenticeshipStatus.COMPLETED) {
            return section.line("Not completed (" + apprentice.status().words().toLowerCase() + ")").build();
        }
        Optional<Epa> epa = epa(apprentice.id().value());
        done.map(Completion::actualEnd).ifPresentOrElse(
                d -> section.line("Learning ended on " + GovUkDates.date(d)),
                () -> section.missing("No actual end date recorded"));
        done.map(Completion::achieved).ifPresentOrElse(
                d -> section.line("Achieved on " + GovUkDates.date(d)),
                () -> section.missing("No achievement date recorded"));
        epa.map(Epa::certificateReceived).ifPresentOrElse(
                d -> section.line("Certificate received on " + GovUkDates.date(d)),
                () -> section.missing("No certificate received"));
        epa.filter(e -> e.progression() != null).ifPresentOrElse(
                e -> section.line("Progression: " + e.progression().toLowerCase().replace('_', ' ')
                        + (e.progressionOn() == null ? "" : ", recorded " + GovUkDates.date(e.progressionOn()))),
                () -> section.missing("No progression recorded"));
        return section.build();
    }
}
