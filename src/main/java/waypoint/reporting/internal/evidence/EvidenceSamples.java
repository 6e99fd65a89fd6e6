package waypoint.reporting.internal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.audit.SensitiveRecordViewed;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.files.FileStore;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * Funding audit samples (docs/domain/audit-and-inspection.md, "Samples"): choose N apprenticeships at random (a seed
 * shown, so the same sample can be chosen again) or by risk, filtered by funding year and standard; their packs are
 * written into one ZIP in the background (one folder per apprentice and a sample index CSV), through a temporary file
 * so no ZIP is ever held in memory, then kept in the file store. Downloading it is audited for each apprentice.
 */
@Service
public class EvidenceSamples {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceSamples.class);
    public static final int DEFAULT_SIZE = 30;
    public static final int MOST = 500;

    /**
     * What a reader asks for: how many, how chosen, the seed to repeat (none: a new one), the year the funding year
     * starts in and the standard.
     */
    public record Request(
            @Min(value = 1, message = SIZE) @Max(value = MOST, message = SIZE) int size,
            @NotNull(message = "Choose how to pick the sample: at random or by risk") SampleChoice.Method method,
            Long seed,
            @Min(value = 2015, message = YEAR) @Max(value = 2100, message = YEAR) Integer year,
            String standard) {

        private static final String SIZE = "Enter how many apprentices to sample, from 1 to " + MOST;
        private static final String YEAR = "Enter the year the funding year starts in, like 2025";
    }

    private final EvidenceSampleStore store;
    private final EvidencePolicy policy;
    private final RiskList risks;
    private final EvidencePacks packs;
    private final FileStore files;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;
    private final SecureRandom seeds = new SecureRandom();
    /** Progress is saved in its own transaction, so the page shows it while the export goes on. */
    private final TransactionTemplate ownTransaction;

    EvidenceSamples(EvidenceSampleStore store, EvidencePolicy policy, RiskList risks, EvidencePacks packs,
            FileStore files, UserAccounts accounts, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions, Validator validator) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.store = store;
        this.policy = policy;
        this.risks = risks;
        this.packs = packs;
        this.files = files;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.validator = validator;
    }

    /** Chooses the sample now (so its list and seed are fixed) and queues its export. */
    @Transactional
    public EvidenceSample request(CurrentUser user, Request request) {
        policy.requireEvidenceReader(user);
        FormChecks.require(validator, request);
        long seed = request.seed() != null ? request.seed() : 1 + seeds.nextInt(999_999_999);
        RiskList.Filter filter = new RiskList.Filter(request.year(), request.standard());
        List<SampleChoice.Chosen> chosen;
        if (request.method() == SampleChoice.Method.RANDOM) {
            // chosen from every apprenticeship that matches, then only those chosen are judged
            List<ApprenticeshipId> picked = SampleChoice.pick(risks.ids(user, filter), request.size(), seed);
            Map<ApprenticeshipId, RiskList.Line> judged = new java.util.HashMap<>();
            risks.judgeThese(picked).forEach(l -> judged.put(l.apprenticeshipId(), l));
            chosen = picked.stream().filter(judged::containsKey)
                    .map(id -> new SampleChoice.Chosen(judged.get(id), "Chosen at random")).toList();
        } else {
            chosen = SampleChoice.choose(risks.judge(user, filter), request.size(), request.method(), seed);
        }
        if (chosen.isEmpty()) {
            throw new FieldValidationException("size", "No apprenticeships match the funding year and standard chosen");
        }
        EvidenceSample sample = new EvidenceSample(UUID.randomUUID(), user.id(), user.displayName(), clock.instant(),
                request.method(), seed, request.size(), request.year(),
                request.standard() == null || request.standard().isBlank() ? null
                        : request.standard().trim().toUpperCase(),
                EvidenceSample.State.QUEUED, 0, chosen.size(), null, null, null, null, 0);
        store.add(sample, chosen);
        events.publishEvent(RecordChanged.created("funding audit sample", sample.id(),
                chosen.size() + " apprentices, " + request.method().words().toLowerCase() + ", seed " + seed));
        events.publishEvent(new EvidenceSampleRequested(sample.id()));
        return sample;
    }

    @Transactional(readOnly = true)
    public EvidenceSample find(CurrentUser user, UUID id) {
        policy.requireEvidenceReader(user);
        return store.find(id).orElseThrow(() -> new NotFoundException("Sample"));
    }

    /** The chosen apprenticeships in order, with their names and why each was chosen. */
    public record Member(int position, ApprenticeshipId apprenticeshipId, String learnerName, String employerName,
            String standard, String why) {
    }

    @Transactional(readOnly = true)
    public List<Member> members(CurrentUser user, UUID id) {
        find(user, id);
        return membersOf(id);
    }

    private List<Member> membersOf(UUID id) {
        List<EvidenceSampleStore.Member> members = store.members(id);
        Map<ApprenticeshipId, String[]> names = risks.names(members.stream()
                .map(EvidenceSampleStore.Member::apprenticeshipId).toList());
        return members.stream().map(m -> {
            String[] n = names.getOrDefault(m.apprenticeshipId(), new String[] {"", "", ""});
            return new Member(m.position(), m.apprenticeshipId(), n[0], n[1], n[2], m.why());
        }).toList();
    }

    @Transactional(readOnly = true)
    public List<EvidenceSample> newest(CurrentUser user) {
        policy.requireEvidenceReader(user);
        return store.newest(0, 20);
    }

    /** One page of every sample, newest first, for a list that pages ({@code offset} rows skipped). */
    @Transactional(readOnly = true)
    public List<EvidenceSample> newest(CurrentUser user, int offset, int limit) {
        policy.requireEvidenceReader(user);
        return store.newest(offset, limit);
    }

    /** How many samples there are, for a list that pages. */
    @Transactional(readOnly = true)
    public long count(CurrentUser user) {
        policy.requireEvidenceReader(user);
        return store.count();
    }

    /** Streams a ready sample's ZIP, auditing the download for each apprentice in it. */
    @Transactional
    public void download(CurrentUser user, UUID id, Function<EvidenceSample, OutputStream> out) {
        EvidenceSample sample = find(user, id);
        if (!sample.isReady()) {
            throw new NotFoundException("Sample file");
        }
        List<EvidenceSampleStore.Member> members = store.members(id);
        for (EvidenceSampleStore.Member m : members) {
            policy.requireEvidenceOf(user, m.apprenticeshipId());
        }
        for (EvidenceSampleStore.Member m : members) {
            events.publishEvent(new SensitiveRecordViewed("apprenticeship", m.apprenticeshipId().toString(),
                    "Funding audit evidence pack downloaded in sample " + id));
        }
        try (InputStream in = files.open(sample.fileId()); OutputStream target = out.apply(sample)) {
            in.transferTo(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ApplicationModuleListener
    void on(EvidenceSampleRequested requested) {
        export(requested.sampleId());
    }

    /** Writes every pack of the sample into one ZIP, saving progress after each; a failure is saved with its reason. */
    void export(UUID id) {
        EvidenceSample sample = store.find(id).orElseThrow();
        if (sample.state() != EvidenceSample.State.QUEUED) {
            return;
        }
        sample = saved(sample.started());
        Path temporary = null;
        try {
            CurrentUser user = accounts.find(sample.requestedBy())
                    .map(a -> new CurrentUser(a.id(), a.email(), a.displayName(), a.roles()))
                    .orElseThrow(() -> new IllegalStateException("The account that asked for the sample is gone"));
            temporary = Files.createTempFile("evidence-sample-", ".zip");
            List<Member> members = membersOf(id);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temporary))) {
                zip.setLevel(Deflater.BEST_SPEED);
                zip.putNextEntry(new ZipEntry("sample-index.csv"));
                zip.write(index(sample, members).toBytes());
                zip.closeEntry();
                for (Member m : members) {
                    EvidencePacks.Pack pack = packs.forSample(user, m.apprenticeshipId());
                    packs.writeInto(zip, folder(m), pack);
                    sample = saved(sample.packedOne());
                }
            }
            String fileId;
            try (InputStream in = Files.newInputStream(temporary)) {
                fileId = files.put(in);
            }
            saved(sample.ready(fileId, Files.size(temporary), clock.instant()));
        } catch (RuntimeException | IOException e) {
            LOG.warn("Funding audit sample {} failed", id, e);
            saved(sample.failed("The sample could not be made: " + e.getMessage(), clock.instant()));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.warn("Could not remove {}", temporary, e);
                }
            }
        }
    }

    private EvidenceSample saved(EvidenceSample sample) {
        if (!Boolean.TRUE.equals(ownTransaction.execute(status -> store.save(sample)))) {
            throw new IllegalStateException("The sample was changed by someone else");
        }
        return new EvidenceSample(sample.id(), sample.requestedBy(), sample.requestedByName(), sample.requestedAt(),
                sample.chosenBy(), sample.seed(), sample.sizeAsked(), sample.fundingYear(), sample.standard(),
                sample.state(), sample.packed(), sample.chosen(), sample.fileId(), sample.fileSize(), sample.failure(),
                sample.finishedAt(), sample.version() + 1);
    }

    static String folder(Member m) {
        return String.format("%03d-", m.position())
                + (m.learnerName() == null ? "apprentice" : m.learnerName()).replaceAll("[^A-Za-z0-9]+", "-")
                + "/";
    }

    private static CsvTable index(EvidenceSample sample, List<Member> members) {
        CsvTable csv = CsvTable.withColumns("Position", "Apprentice", "Employer", "Standard", "Why chosen", "Folder",
                "Chosen", "Seed");
        for (Member m : members) {
            csv.row(m.position(), m.learnerName(), m.employerName(), m.standard(), m.why(), folder(m),
                    sample.chosenBy().words(), sample.seed());
        }
        return csv;
    }
}
