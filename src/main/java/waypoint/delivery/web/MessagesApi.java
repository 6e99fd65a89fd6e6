package waypoint.delivery.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import waypoint.delivery.internal.MessageRows.MessageRow;
import waypoint.delivery.internal.MessageRows.ThreadRow;
import waypoint.delivery.internal.MessageService;
import waypoint.delivery.web.MessageForms.Reply;
import waypoint.delivery.web.MessageForms.StartRequest;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.PageOf;

/** Message threads over HTTP: JSON, or multipart to attach a file. */
@RestController
@RequestMapping("/api/v1")
class MessagesApi {

    private final MessageService messages;

    MessagesApi(MessageService messages) {
        this.messages = messages;
    }

    record ThreadEntry(UUID id, ApprenticeshipId apprenticeshipId, String learnerName, String subject, boolean employerIncluded,
            Instant lastMessageAt, int unread) {

        static ThreadEntry of(ThreadRow t) {
            return new ThreadEntry(t.id(), t.apprenticeshipId(), t.learnerName(), t.subject(), t.employerIncluded(),
                    t.lastMessageAt(), t.unread());
        }
    }

    record MessageEntry(UUID id, String authorName, UUID authorAccountId, String body, Instant sentAt,
            String attachmentName, Long attachmentSize, String attachmentUrl) {

        static MessageEntry of(MessageRow m) {
            return new MessageEntry(m.id(), m.authorName(), m.authorAccountId(), m.body(), m.createdAt(),
                    m.attachmentName(), m.attachmentSize(),
                    m.hasAttachment() ? "/api/v1/messages/" + m.id() + "/attachment" : null);
        }
    }

    record ThreadDetail(ThreadEntry thread, List<MessageEntry> messages, boolean canWrite) {
    }

    @GetMapping("/message-threads")
    Map<String, Object> inbox(CurrentUser user, @RequestParam(required = false) ApprenticeshipId apprenticeshipId,
            @RequestParam(defaultValue = "0") int page) {
        PageOf<ThreadRow> rows = messages.inbox(user, apprenticeshipId, page);
        return Map.of("page", rows.number(), "size", rows.size(), "total", rows.total(),
                "unread", messages.unread(user), "items", rows.items().stream().map(ThreadEntry::of).toList());
    }

    record AttachmentEntry(UUID messageId, UUID threadId, String subject, String authorName, Instant sentAt,
            String name, Long size, String url) {
    }

    /** The files attached to the apprenticeship's messages, the latest first: the threads' own rules. */
    @GetMapping("/apprenticeships/{id}/message-attachments")
    Map<String, Object> attachments(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(defaultValue = "0") int page) {
        PageOf<waypoint.delivery.internal.MessageRows.AttachmentRow> rows = messages.attachmentsOf(user, id, page);
        return Map.of("page", rows.number(), "size", rows.size(), "total", rows.total(), "items",
                rows.items().stream().map(r -> new AttachmentEntry(r.message().id(), r.message().threadId(),
                        r.subject(), r.message().authorName(), r.message().createdAt(), r.message().attachmentName(),
                        r.message().attachmentSize(), "/api/v1/messages/" + r.message().id() + "/attachment"))
                        .toList());
    }

    @GetMapping("/message-threads/unread")
    Map<String, Long> unread(CurrentUser user) {
        return Map.of("unread", messages.unread(user));
    }

    @PostMapping(path = "/message-threads", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ThreadDetail start(CurrentUser user, @Valid @RequestBody StartRequest request) {
        UUID id = messages.start(user, new ApprenticeshipId(request.apprenticeshipId()), request.subject(), request.body(),
                Boolean.TRUE.equals(request.includeEmployer()), null);
        return thread(user, id);
    }

    @GetMapping("/message-threads/{id}")
    ThreadDetail thread(CurrentUser user, @PathVariable UUID id) {
        MessageService.ThreadView view = messages.read(user, id);
        return new ThreadDetail(ThreadEntry.of(view.thread()),
                view.messages().stream().map(MessageEntry::of).toList(), view.canWrite());
    }

    @PostMapping(path = "/message-threads/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ThreadDetail reply(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Reply request) {
        messages.reply(user, id, request.body(), null);
        return thread(user, id);
    }

    /** A reply with an attachment: parts {@code body} and {@code file}. */
    @PostMapping(path = "/message-threads/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ThreadDetail replyWithFile(CurrentUser user, @PathVariable UUID id, @Valid Reply reply,
            @RequestPart(required = false) MultipartFile file) throws IOException {
        messages.reply(user, id, reply.body(), MessagePages.attachment(file));
        return thread(user, id);
    }

    /** Downloads an attachment, only for someone who may read its thread, always as an attachment. */
    @GetMapping("/messages/{id}/attachment")
    ResponseEntity<InputStreamResource> attachment(CurrentUser user, @PathVariable UUID id) throws IOException {
        return MessagePages.download(messages, user, id);
    }
}
