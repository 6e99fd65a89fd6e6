package waypoint.delivery.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.delivery.internal.DeliveryNotices.To;
import waypoint.delivery.internal.MessageRows.MessageRow;
import waypoint.delivery.internal.MessageRows.ThreadRow;
import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.files.FileKind;
import waypoint.shared.files.FileStore;
import waypoint.shared.files.FileUploads;
import waypoint.shared.files.UploadedFile;
import waypoint.shared.web.PageOf;

/**
 * Messages between the apprentice and the tutor, with the employer included when chosen (the learner handbook: the
 * e-portfolio keeps "communications between you and your mentor"). Messages are kept as the record: none is edited or
 * deleted. Whoever may see the apprenticeship reads its threads, except that an employer contact reads only threads
 * they are included in; the apprentice, the employer (when included) and staff working on the apprenticeship write. The
 * other participants are told of each message.
 */
@Service
public class MessageService {

    static final long LARGEST_ATTACHMENT = 5L * 1024 * 1024;
    static final Set<FileKind> ATTACHMENT_KINDS = Set.of(FileKind.PDF, FileKind.IMAGE, FileKind.OFFICE_DOCUMENT,
            FileKind.TEXT);

    private final MessageStore store;
    private final DeliveryPolicy policy;
    private final ApprenticeshipAccess access;
    private final FileUploads uploads;
    private final FileStore files;
    private final DeliveryNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageService(MessageStore store, DeliveryPolicy policy, ApprenticeshipAccess access, FileUploads uploads,
            FileStore files, DeliveryNotices notices, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.access = access;
        this.uploads = uploads;
        this.files = files;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** An attachment as sent: its original name, or none. */
    public record Attachment(String name, InputStream content) {
    }

    public record ThreadView(ApprenticeshipSummary apprenticeship, ThreadRow thread, List<MessageRow> messages,
            boolean canWrite) {
    }

    @Transactional(readOnly = true)
    public PageOf<ThreadRow> inbox(CurrentUser user, ApprenticeshipId apprenticeshipId, int page) {
        policy.requireMessageReader(user);
        if (apprenticeshipId != null) {
            policy.requireView(user, apprenticeshipId);
        }
        return store.inbox(access.scopeOf(user), employerOnly(user), user.id(), apprenticeshipId, page);
    }

    /**
     * The files attached to the apprenticeship's messages (messages are kept in the portfolio), by the same rule as the
     * threads: an employer contact sees only those of threads they are included in.
     */
    @Transactional(readOnly = true)
    public PageOf<MessageRows.AttachmentRow> attachmentsOf(CurrentUser user, ApprenticeshipId apprenticeshipId, int page) {
        policy.requireMessageReader(user);
        policy.requireView(user, apprenticeshipId);
        return store.attachments(apprenticeshipId, employerOnly(user), page);
    }

    /** The apprenticeship whose messages these are, if this person may see it; else 404. */
    @Transactional(readOnly = true)
    public ApprenticeshipSummary apprenticeship(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return policy.requireView(user, apprenticeshipId);
    }

    @Transactional(readOnly = true)
    public long unread(CurrentUser user) {
        if (user.has(Role.EXTERNAL)) {
            return 0;
        }
        return store.unread(access.scopeOf(user), employerOnly(user), user.id());
    }

    /** Starts a thread with its first message (a subject and words the form has checked). */
    @Transactional
    public UUID start(CurrentUser user, ApprenticeshipId apprenticeshipId, String subject, String body, boolean includeEmployer,
            Attachment attachment) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        boolean employer = user.has(Role.EMPLOYER_CONTACT) || includeEmployer;
        requireWrite(user, apprenticeship, employer);
        String title = subject.strip();
        String text = body.strip();
        UploadedFile file = upload(attachment);
        UUID threadId = UUID.randomUUID();
        Instant now = clock.instant();
        store.insertThread(threadId, apprenticeshipId, title, employer, user.id(), now);
        post(user, apprenticeship, threadId, title, employer, text, file, now);
        return threadId;
    }

    @Transactional
    public UUID reply(CurrentUser user, UUID threadId, String body, Attachment attachment) {
        ThreadRow thread = readable(user, threadId);
        ApprenticeshipSummary apprenticeship = policy.requireView(user, thread.apprenticeshipId());
        requireWrite(user, apprenticeship, thread.employerIncluded());
        String text = body.strip();
        UploadedFile file = upload(attachment);
        return post(user, apprenticeship, threadId, thread.subject(), thread.employerIncluded(), text, file,
                clock.instant());
    }

    /** The thread, marked read up to now for the person reading it. */
    @Transactional
    public ThreadView read(CurrentUser user, UUID threadId) {
        policy.requireMessageReader(user);
        ThreadRow thread = readable(user, threadId);
        ApprenticeshipSummary apprenticeship = policy.requireView(user, thread.apprenticeshipId());
        List<MessageRow> messages = store.messages(threadId);
        store.markRead(threadId, user.id(), clock.instant());
        return new ThreadView(apprenticeship, thread, messages, mayWrite(user, apprenticeship,
                thread.employerIncluded()));
    }

    /** An attachment's bytes, only for someone who may read its thread. */
    @Transactional(readOnly = true)
    public MessageRow attachment(CurrentUser user, UUID messageId) {
        policy.requireMessageReader(user);
        MessageRow message = store.message(messageId).filter(MessageRow::hasAttachment)
                .orElseThrow(() -> new NotFoundException("Attachment"));
        readable(user, message.threadId());
        return message;
    }

    public InputStream open(MessageRow message) throws IOException {
        return files.open(message.attachmentFileId());
    }

    private UUID post(CurrentUser user, ApprenticeshipSummary apprenticeship, UUID threadId, String subject,
            boolean employer, String text, UploadedFile file, Instant now) {
        UUID messageId = UUID.randomUUID();
        store.insertMessage(messageId, threadId, user.id(), user.displayName(), text, file, now);
        events.publishEvent(RecordChanged.created("Message", messageId, "Thread " + threadId + " by "
                + user.displayName() + (file == null ? "" : ", attached " + file.name())));
        Set<To> to = employer ? EnumSet.allOf(To.class) : EnumSet.of(To.LEARNER, To.TUTOR);
        notices.send("message:" + messageId, apprenticeship, "/messages/" + threadId, "New message: " + subject,
                user.displayName() + " wrote: " + (text.length() > 200 ? text.substring(0, 200) + "…" : text),
                user.id(), to);
        return messageId;
    }

    private ThreadRow readable(CurrentUser user, UUID threadId) {
        ThreadRow thread = store.thread(threadId, user.id()).orElseThrow(() -> new NotFoundException("Message thread"));
        if (!access.canView(user, thread.apprenticeshipId())
                || (employerOnly(user) && !thread.employerIncluded())) {
            throw new NotFoundException("Message thread");
        }
        return thread;
    }

    private boolean mayWrite(CurrentUser user, ApprenticeshipSummary apprenticeship, boolean employerIncluded) {
        return policy.isLearner(user, apprenticeship) || (employerIncluded && policy.isEmployer(user, apprenticeship))
                || policy.canManage(user, apprenticeship.id());
    }

    private void requireWrite(CurrentUser user, ApprenticeshipSummary apprenticeship, boolean employerIncluded) {
        if (!mayWrite(user, apprenticeship, employerIncluded)) {
            throw new AccessDeniedException("Only the apprentice, their tutor and (when included) their employer write"
                    + " here");
        }
    }

    private static boolean employerOnly(CurrentUser user) {
        return user.has(Role.EMPLOYER_CONTACT) && !user.isStaff();
    }

    private UploadedFile upload(Attachment attachment) {
        if (attachment == null || attachment.content() == null) {
            return null;
        }
        return uploads.accept(attachment.name(), attachment.content(), ATTACHMENT_KINDS, LARGEST_ATTACHMENT);
    }
}
