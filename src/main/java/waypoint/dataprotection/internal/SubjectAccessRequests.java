package waypoint.dataprotection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import waypoint.dataprotection.RequestState;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.audit.SensitiveRecordViewed;
import waypoint.shared.files.FileStore;
import waypoint.shared.messaging.NotificationRequested;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.PageOf;

/**
 * Subject access requests, one method per step (docs/domain/data-protection.md): each authorises, asks the request
 * to change (which checks its table and the law's deadlines), saves, and publishes what the audit trail and the
 * notifications need.
 */
@Service
public class SubjectAccessRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestStore store;
    private final SubjectAccessPack pack;
    private final Learners learners;
    private final Apprenticeships apprenticeships;
    private final UserAccounts accounts;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubjectAccessRequests(RequestStore store, SubjectAccessPack pack, Learners learners,
            Apprenticeships apprenticeships, UserAccounts accounts, FileStore files, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.pack = pack;
        this.learners = learners;
        this.apprenticeships = apprenticeships;
        this.accounts = accounts;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** A signed-in learner asks for a copy of their data: signing in to their own account confirms who they are. */
    @Transactional
    public UUID askForOwnData(CurrentUser user, String words) {
        if (!SubjectAccessPolicy.canAskForOwnData(user)) {
            throw new AccessDeniedException("Only an apprentice asks for their own data here");
        }
        LearnerSummary learner = learners.findByAccount(user.id())
                .orElseThrow(() -> new NotFoundException("Your account has no learner record"));
        SubjectAccessRequest request = SubjectAccessRequest.received(learner.id().value(), learner.accountId(),
                learner.fullName(), SubjectAccessRequest.Channel.LEARNER_ACCOUNT, words, LocalDate.now(clock),
                user.id(), user.displayName(), clock.instant());
        request.checkIdentity("Asked while signed in to their own account", clock.instant());
        return receive(request);
    }

    /** Staff record a request a learner made another way (email, letter, in person), on the day it was received. */
    @Transactional
    public UUID record(CurrentUser user, String learnerEmail, LocalDate receivedOn, String words) {
        if (!SubjectAccessPolicy.canRecord(user)) {
            throw new AccessDeniedException("Only the data protection officer or an administrator records a request");
        }
        if (learnerEmail == null || learnerEmail.isBlank()) {
            throw new FieldValidationException("learnerEmail", "Enter the learner's email address");
        }
        if (receivedOn == null) {
            throw new FieldValidationException("receivedOn", "Enter the date the request was received, like 3 12 2026");
        }
        if (receivedOn.isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException("receivedOn", "The date received must be today or in the past");
        }
        LearnerSummary learner = accounts.findByEmail(learnerEmail.strip())
                .flatMap(account -> learners.findByAccount(account.id()))
                .orElseThrow(() -> new FieldValidationException("learnerEmail",
                        "No apprentice has that email address: check it against their learner record"));
        SubjectAccessRequest request = SubjectAccessRequest.received(learner.id().value(), learner.accountId(),
                learner.fullName(), SubjectAccessRequest.Channel.RECORDED_BY_STAFF, words, receivedOn, user.id(),
                user.displayName(), clock.instant());
        return receive(request);
    }

    private UUID receive(SubjectAccessRequest request) {
        store.insert(request);
        events.publishEvent(RecordChanged.created(SubjectAccessRequest.RECORD_TYPE, request.id(),
                request.summaryLine()));
        for (AccountSummary officer : accounts.findActiveWithRole(Role.DATA_PROTECTION_OFFICER)) {
            events.publishEvent(new NotificationRequested("sar:" + request.id() + ":received:" + officer.id(),
                    officer.id(), "Subject access request received: due " + request.dueOn(),
                    request.learnerName() + " asked for a copy of their data", "/data-protection/requests/"
                            + request.id()));
        }
        return request.id();
    }

    @Transactional(readOnly = true)
    public PageOf<SubjectAccessRequest> list(CurrentUser user, int page) {
        requireReader(user);
        return store.page(Math.max(0, page), PageOf.DEFAULT_SIZE);
    }

    @Transactional(readOnly = true)
    public SubjectAccessRequest view(CurrentUser user, UUID id) {
        requireReader(user);
        return find(id);
    }

    /** The signed-in learner's own requests, newest first. */
    @Transactional(readOnly = true)
    public List<SubjectAccessRequest> mine(CurrentUser user) {
        return learners.findByAccount(user.id()).map(l -> store.ofLearner(l.id().value())).orElse(List.of());
    }

    @Transactional
    public void checkIdentity(CurrentUser user, UUID id, int version, String note) {
        change(user, id, version, r -> r.checkIdentity(note, clock.instant()));
    }

    /** Gathers what every module holds now and puts the request before the officer for review. */
    @Transactional
    public void gather(CurrentUser user, UUID id, int version) {
        change(user, id, version, r -> {
            if (r.allows(waypoint.dataprotection.internal.RequestTable.Action.GATHER_AGAIN)) {
                r.gatherAgain();
            } else {
                r.startGathering();
            }
            PackReview review = pack.review(pack.gather(subject(r)));
            r.finishGathering(JSON.writeValueAsString(review), clock.instant());
        });
    }

    @Transactional
    public void extend(CurrentUser user, UUID id, int version, Integer months, String reason) {
        if (months == null) {
            throw new FieldValidationException("months", "Choose how many months to extend by");
        }
        if (reason == null || reason.isBlank()) {
            throw new FieldValidationException("reason", "Say why the deadline is extended: the person is told");
        }
        change(user, id, version, r -> r.extend(months, reason, LocalDate.now(clock)));
    }

    /**
     * Releases the pack, without the sections the officer refuses (with the reason, which the person reads); the
     * pack is gathered again now, written once and kept, so what the person downloads is what was released.
     */
    @Transactional
    public void release(CurrentUser user, UUID id, int version, List<String> refusedSections, String reason) {
        List<String> refused = refusedSections == null ? List.of() : List.copyOf(new LinkedHashSet<>(refusedSections));
        if (!refused.isEmpty() && (reason == null || reason.isBlank())) {
            throw new FieldValidationException("reason", "Say why those parts are refused: the person reads this");
        }
        change(user, id, version, r -> {
            if (!r.allows(waypoint.dataprotection.internal.RequestTable.Action.RELEASE)) {
                throw new RequestRefusedException("Gather the data and review it before release");
            }
            List<PersonalDataSection> gathered = pack.gather(subject(r));
            Set<String> refusedTitles = new LinkedHashSet<>();
            gathered.stream().filter(s -> refused.contains(s.key())).forEach(s -> refusedTitles.add(s.title()));
            Stored stored = store(r.learnerName(), SubjectAccessPack.released(gathered, refused), refusedTitles);
            if (refused.isEmpty()) {
                r.release(stored.fileId(), stored.size(), user.displayName(), clock.instant());
            } else {
                r.refuseInPart(refused, reason, stored.fileId(), stored.size(), user.displayName(), clock.instant());
            }
            events.publishEvent(new NotificationRequested("sar:" + r.id() + ":released", r.learnerAccountId(),
                    "Your copy of your data is ready", "Download it from your data page",
                    "/my-data"));
        });
    }

    /**
     * The officer's copy of what would be released now, to read before deciding: gathered and audited as a view
     * here, written by the answer to {@code out} as it streams.
     */
    @Transactional(readOnly = true)
    public java.util.function.Consumer<OutputStream> reviewCopy(CurrentUser user, UUID id) {
        requireHandler(user);
        SubjectAccessRequest request = find(id);
        if (request.state() != RequestState.READY_FOR_REVIEW) {
            throw new RequestRefusedException("Gather the data first");
        }
        List<PersonalDataSection> sections = SubjectAccessPack.released(pack.gather(subject(request)), List.of());
        events.publishEvent(new SensitiveRecordViewed(SubjectAccessRequest.RECORD_TYPE, id.toString(),
                "Review copy of the subject access pack downloaded"));
        Instant at = clock.instant();
        return out -> pack.write(request.learnerName(), at, sections, Set.of(), out);
    }

    /** The released pack, for its person (or the officer); every download is written in the audit trail. */
    @Transactional(readOnly = true)
    public InputStream openReleasedPack(CurrentUser user, UUID id) {
        SubjectAccessRequest request = find(id);
        if (!SubjectAccessPolicy.canDownload(user, request)) {
            throw new AccessDeniedException("This pack is not yours to download");
        }
        events.publishEvent(new SensitiveRecordViewed(SubjectAccessRequest.RECORD_TYPE, id.toString(),
                "Subject access pack downloaded"));
        try {
            return files.open(request.packFileId().orElseThrow(() -> new NotFoundException(
                    "Subject access pack (deleted at the end of its retention period)")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PackReview reviewOf(SubjectAccessRequest request) {
        return request.review().map(text -> JSON.readValue(text, PackReview.class)).orElse(new PackReview(List.of()));
    }

    public boolean canHandle(CurrentUser user) {
        return SubjectAccessPolicy.canHandle(user);
    }

    public boolean canRecord(CurrentUser user) {
        return SubjectAccessPolicy.canRecord(user);
    }

    private record Stored(String fileId, long size) {
    }

    /** Writes the pack to a temporary file, then keeps it in the file store. */
    private Stored store(String personName, List<PersonalDataSection> sections, Set<String> refusedTitles) {
        Path temp = null;
        try {
            temp = Files.createTempFile("subject-access-", ".zip");
            try (OutputStream out = Files.newOutputStream(temp)) {
                pack.write(personName, clock.instant(), sections, refusedTitles, out);
            }
            try (InputStream in = Files.newInputStream(temp)) {
                return new Stored(files.put(in), Files.size(temp));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    private DataSubject subject(SubjectAccessRequest r) {
        List<UUID> ids = new ArrayList<>();
        for (ApprenticeshipSummary a : apprenticeships.ofLearner(new LearnerId(r.learnerId()))) {
            ids.add(a.id().value());
        }
        return new DataSubject(r.learnerId(), r.learnerAccountId(), ids);
    }

    private void change(CurrentUser user, UUID id, int version, java.util.function.Consumer<SubjectAccessRequest> step) {
        requireHandler(user);
        SubjectAccessRequest request = find(id);
        if (request.version() != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Someone else changed this request while you were looking at it: check it and try again");
        }
        String before = request.summaryLine();
        step.accept(request);
        store.save(request);
        events.publishEvent(RecordChanged.updated(SubjectAccessRequest.RECORD_TYPE, id, before,
                request.summaryLine()));
    }

    private SubjectAccessRequest find(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("No such request"));
    }

    private static void requireReader(CurrentUser user) {
        if (!SubjectAccessPolicy.canRead(user)) {
            throw new AccessDeniedException("Only the data protection officer or an administrator reads requests");
        }
    }

    private static void requireHandler(CurrentUser user) {
        if (!SubjectAccessPolicy.canHandle(user)) {
            throw new AccessDeniedException("Only the data protection officer handles a subject access request");
        }
    }

    /** Today, as the service sees it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

}
