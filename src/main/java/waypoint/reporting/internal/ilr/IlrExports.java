package waypoint.reporting.internal.ilr;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.ilr.IlrFileHeader;
import waypoint.ilr.IlrFileName;
import waypoint.ilr.IlrFileWriter;
import waypoint.ilr.IlrFinding;
import waypoint.ilr.IlrLearningDelivery;
import waypoint.ilr.IlrSchemas;
import waypoint.ilr.IlrValidator;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.reporting.internal.ilr.IlrReturns.ExportedLearner;
import waypoint.reporting.internal.ilr.IlrReturns.IlrReturn;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.files.FileStore;
import waypoint.shared.web.PageOf;

/**
 * Exporting the ILR return and keeping it (docs/domain/ilr.md, "Each return kept"): the learners of the return are
 * read from Waypoint's record one at a time, each checked against the official rules and written to a temporary file
 * as it comes, with its fields kept for the next return's changes; then the file is checked against its year's
 * schema, hashed as it was written, and put in the file store. Nothing of the return is held whole in memory. A
 * return with errors is kept only when an administrator chooses to send it, as Submit learner data accepts it.
 */
@Service
public class IlrExports {

    private static final int BATCH = 500;

    private final IlrReturnSource source;
    private final IlrChecking checking;
    private final IlrSchemas schemas;
    private final IlrReturns returns;
    private final IlrReturnPolicy policy;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IlrExports(IlrReturnSource source, IlrChecking checking, IlrSchemas schemas, IlrReturns returns,
            IlrReturnPolicy policy, FileStore files, ApplicationEventPublisher events,
            Clock clock) {
        this.source = source;
        this.checking = checking;
        this.schemas = schemas;
        this.returns = returns;
        this.policy = policy;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** Exports the return of a year and period and keeps it; {@code withErrors} is an administrator's choice. */
    @Transactional
    public IlrReturn export(CurrentUser user, IlrYear year, ReturnPeriod period, boolean withErrors) {
        if (!policy.canPrepare(user)) {
            throw new AccessDeniedException("Only administrators and the data officer export the ILR return");
        }
        return export(year, period, withErrors && policy.canExportWithErrors(user), user.id(), user.displayName());
    }

    /** For the system (the demo data): the same checks, the errors allowed or not as said. */
    @Transactional
    public IlrReturn export(IlrYear year, ReturnPeriod period, boolean errorsAllowed, UUID by, String byName) {
        checking.requireBuildable(year);
        returns.lock(year, period);
        int serial = returns.nextSerial(year, period);
        if (serial > 99) {
            throw new IlrExportRefused("A return period has at most 99 files: " + period.name() + " of " + year.name()
                    + " has them all");
        }
        IlrFileHeader header = source.header(year, "%02d".formatted(serial)).orElseThrow(() -> new IlrExportRefused(
                "The provider's UKPRN is not recorded: enter it in the provider settings first"));
        Instant now = header.preparedAt().atZone(clock.getZone()).toInstant();
        UUID id = UUID.randomUUID();
        Path temporary = temporaryFile();
        try {
            Written written = write(id, header, period, temporary);
            if (written.errors > 0 && !errorsAllowed) {
                throw new IlrExportRefused(written.errors + (written.errors == 1 ? " error" : " errors")
                        + " found: put them right first, or an administrator may choose to export the return with "
                        + "its errors, as Submit learner data accepts it");
            }
            List<IlrSchemas.Problem> problems;
            try (InputStream in = Files.newInputStream(temporary)) {
                problems = schemas.check(year, in);
            }
            if (!problems.isEmpty()) {
                throw new IlrExportRefused("The file does not meet the official " + year.name() + " schema ("
                        + problems.get(0).message() + "): put right the errors listed, then export again");
            }
            String fileId;
            try (InputStream in = Files.newInputStream(temporary)) {
                fileId = files.put(in);
            }
            IlrReturn kept = new IlrReturn(id, year, period, serial, now, by, byName, written.learners, written.aims,
                    written.errors, written.warnings, IlrFileName.of(header), fileId, Files.size(temporary),
                    written.sha256);
            returns.add(kept);
            events.publishEvent(RecordChanged.created("IlrReturn", id, year.name() + " " + period.name() + " serial "
                    + kept.serial() + ": " + written.learners + " learners"
                    + (written.heldBack > 0 ? " (" + written.heldBack + " held back)" : "") + ", " + written.errors
                    + " errors, "
                    + written.warnings + " warnings, SHA-256 " + written.sha256));
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temporary directory
            }
        }
    }

    private static final class Written {
        int learners, aims, errors, warnings, heldBack;
        String sha256;
    }

    private Written write(UUID returnId, IlrFileHeader header, ReturnPeriod period, Path temporary) throws IOException {
        Written written = new Written();
        MessageDigest sha = sha256();
        IlrValidator validator = checking.validator(header.year());
        List<ExportedLearner> batch = new ArrayList<>(BATCH);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temporary));
                DigestOutputStream out = new DigestOutputStream(file, sha);
                IlrFileWriter writer = IlrFileWriter.open(header, out)) {
            count(written, validator.checkHeader(header));
            count(written, validator.checkFileName(IlrFileName.of(header), header));
            source.forEachLearner(header.year(), period, learner -> {
                List<IlrFinding> findings = validator.check(learner);
                count(written, findings);
                // an English or maths aim with no qualification chosen is left out, the rest of the learner sent
                written.warnings += IlrAimsLeftOut.of(learner).size();
                if (findings.stream().anyMatch(IlrExports::breaksTheSchema)) {
                    // written, the learner would make the department refuse the whole file: held back until put right
                    written.heldBack++;
                    return;
                }
                writer.write(learner);
                written.learners++;
                written.aims += (int) learner.apprenticeshipDeliveries().stream()
                        .filter(IlrLearningDelivery::isProgrammeAim).count();
                batch.add(new ExportedLearner(learner.learnRefNumber(),
                        learner.origin() == null ? null : learner.origin().learnerId(), learner.displayName(),
                        IlrFields.of(learner)));
                if (batch.size() >= BATCH) {
                    returns.addLearners(returnId, batch);
                    batch.clear();
                }
            });
            count(written, validator.finish());
        }
        if (!batch.isEmpty()) {
            returns.addLearners(returnId, batch);
        }
        written.sha256 = HexFormat.of().formatHex(sha.digest());
        return written;
    }

    /**
     * A field definition error (a field the file must carry is missing, or is too long, out of range or of the wrong
     * pattern) is one the schema itself refuses, and Submit learner data refuses a file that fails its schema whole:
     * such a learner is held back from the file, listed with the error that holds them, so one learner's missing
     * answer never stops the provider's whole return (docs/domain/ilr.md, "Each return kept").
     */
    static boolean breaksTheSchema(IlrFinding finding) {
        return finding.isError() && finding.rule().startsWith("FD_");
    }

    private static void count(Written written, List<IlrFinding> findings) {
        for (IlrFinding finding : findings) {
            if (finding.isError()) {
                written.errors++;
            } else {
                written.warnings++;
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("ilr-return-", ".xml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public boolean anyKept(IlrYear year) {
        return returns.anyKept(year);
    }

    /** The returns kept, latest first: for those who prepare the return. */
    @Transactional(readOnly = true)
    public PageOf<IlrReturn> history(CurrentUser user, int page, int size) {
        requirePrepare(user);
        return returns.page(Math.max(0, page), Math.min(Math.max(1, size), 100));
    }

    @Transactional(readOnly = true)
    public IlrReturn find(CurrentUser user, UUID id) {
        requirePrepare(user);
        return returns.find(id).orElseThrow(() -> new NotFoundException("ILR return"));
    }

    /** The file of a return as kept; the caller closes the stream. */
    public InputStream open(CurrentUser user, IlrReturn r) {
        requirePrepare(user);
        try {
            return files.open(r.fileId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What changed since the previous return of the year; empty when this is the year's first. */
    public record Changes(IlrReturn current, java.util.Optional<IlrReturn> previous, IlrReturns.ChangeCounts counts,
                          PageOf<IlrReturns.LearnerChange> learners) {
    }

    @Transactional(readOnly = true)
    public Changes changes(CurrentUser user, UUID id, int page) {
        IlrReturn current = find(user, id);
        var previous = returns.previous(current);
        if (previous.isEmpty()) {
            return new Changes(current, previous, null, new PageOf<>(List.of(), 0, PageOf.DEFAULT_SIZE, 0));
        }
        UUID before = previous.get().id();
        return new Changes(current, previous, returns.changeCounts(id, before),
                returns.changes(id, before, Math.max(0, page), PageOf.DEFAULT_SIZE));
    }

    private void requirePrepare(CurrentUser user) {
        if (!policy.canPrepare(user)) {
            throw new AccessDeniedException("Only administrators and the data officer see the ILR returns kept");
        }
    }
}
