package waypoint.delivery.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import waypoint.delivery.internal.MessageRows.MessageRow;
import waypoint.delivery.internal.MessageService;
import waypoint.delivery.internal.ApprenticeChoices;
import waypoint.delivery.web.MessageForms.NewThread;
import waypoint.delivery.web.MessageForms.Reply;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.files.UploadRejectedException;
import waypoint.shared.web.Choice;
import waypoint.shared.web.FormErrors;

/** The messages inbox, a new thread and a thread with its reply form. */
@Controller
class MessagePages {

    private final MessageService messages;
    private final Apprenticeships apprenticeships;
    private final ApprenticeChoices choices;

    MessagePages(MessageService messages, Apprenticeships apprenticeships, ApprenticeChoices choices) {
        this.messages = messages;
        this.apprenticeships = apprenticeships;
        this.choices = choices;
    }

    @GetMapping("/messages")
    String inbox(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", messages.inbox(user, null, page));
        model.addAttribute("unread", messages.unread(user));
        return "delivery/inbox";
    }

    /**
     * The apprenticeship's threads and the files attached to them, reached from its portfolio and its page (messages
     * are kept in the portfolio): the same rules as the inbox.
     */
    @GetMapping("/apprenticeships/{id}/messages")
    String ofApprenticeship(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("a", messages.apprenticeship(user, id));
        model.addAttribute("page", messages.inbox(user, id, page));
        model.addAttribute("files", messages.attachmentsOf(user, id, 0).total());
        return "delivery/apprenticeship-messages";
    }

    @GetMapping("/apprenticeships/{id}/messages/attachments")
    String attachmentsOf(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("a", messages.apprenticeship(user, id));
        model.addAttribute("page", messages.attachmentsOf(user, id, page));
        return "delivery/apprenticeship-attachments";
    }

    @GetMapping("/messages/new")
    String newThread(CurrentUser user, @RequestParam(required = false) String apprenticeshipId, Model model) {
        String chosen = apprenticeshipId;
        if (chosen == null && user.has(Role.LEARNER)) {
            chosen = apprenticeships.currentForLearnerAccount(user.id()).map(a -> a.id().toString()).orElse(null);
        }
        return form(user, new NewThread(chosen, "", "", user.has(Role.EMPLOYER_CONTACT)), "", Map.of(), model);
    }

    /**
     * The form with the apprentices to choose from: all of them when the person has few, else a search and its
     * matches ({@code search}, what they typed). With nothing to choose from, an error about the apprentice belongs
     * to the search box.
     */
    private String form(CurrentUser user, NewThread typed, String search, Map<String, String> errors, Model model) {
        List<String> chosen = typed.apprenticeshipId() == null ? List.of() : List.of(typed.apprenticeshipId());
        ApprenticeChoices.Offered offered = choices.offered(user, search, chosen);
        Map<String, String> shown = errors;
        if (offered.searching() && offered.options().isEmpty() && errors.containsKey("apprenticeshipId")) {
            shown = new LinkedHashMap<>(errors);
            shown.put("apprenticeSearch", shown.remove("apprenticeshipId"));
        }
        model.addAttribute("typed", typed);
        model.addAttribute("errors", shown);
        model.addAttribute("offered", offered);
        model.addAttribute("matches", offered.options().stream()
                .map(a -> new Choice(a.id().toString(), a.learnerName(),
                        a.standardReference() + ", " + a.employerName()))
                .toList());
        model.addAttribute("nothingMatched", offered.nothingMatched(chosen));
        model.addAttribute("employer", user.has(Role.EMPLOYER_CONTACT));
        return "delivery/new-thread";
    }

    /**
     * Sends the new thread; or, when the person asked to search for the apprentice ({@code find}), shows the form
     * again with the matches and everything typed, saving nothing. An apprentice the person may not choose is refused
     * as if none were chosen.
     */
    @PostMapping("/messages")
    String start(CurrentUser user, @Valid NewThread typed, BindingResult result,
            @RequestParam(required = false) String find, @RequestParam(required = false) String apprenticeSearch,
            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (find != null) {
            return form(user, typed, apprenticeSearch, Map.of(), model);
        }
        if (result.hasErrors()) {
            return form(user, typed, apprenticeSearch, FormErrors.messages(result), model);
        }
        if (!choices.mayChoose(user, typed.apprenticeshipId())) {
            return form(user, typed, apprenticeSearch, Map.of("apprenticeshipId", MessageForms.CHOOSE_APPRENTICE),
                    model);
        }
        try {
            UUID id = messages.start(user, typed.apprenticeship(), typed.subject(), typed.body(),
                    typed.withEmployer(), attachment(file));
            return "redirect:/messages/" + id;
        } catch (UploadRejectedException rejected) {
            return form(user, typed, apprenticeSearch, Map.of("file", rejected.getMessage()), model);
        }
    }

    @GetMapping("/messages/{id}")
    String thread(CurrentUser user, @PathVariable UUID id, Model model) {
        return thread(user, id, "", Map.of(), model);
    }

    private String thread(CurrentUser user, UUID id, String typed, Map<String, String> errors, Model model) {
        model.addAttribute("view", messages.read(user, id));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "delivery/thread";
    }

    @PostMapping("/messages/{id}")
    String reply(CurrentUser user, @PathVariable UUID id, @Valid Reply reply, BindingResult result,
            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (result.hasErrors()) {
            return thread(user, id, reply.body(), FormErrors.messages(result), model);
        }
        try {
            messages.reply(user, id, reply.body(), attachment(file));
            return "redirect:/messages/" + id + "#latest";
        } catch (UploadRejectedException rejected) {
            return thread(user, id, reply.body(), Map.of("file", rejected.getMessage()), model);
        }
    }

    @GetMapping("/messages/attachments/{messageId}")
    ResponseEntity<InputStreamResource> attachment(CurrentUser user, @PathVariable UUID messageId) throws IOException {
        return download(messages, user, messageId);
    }

    static MessageService.Attachment attachment(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null
                : new MessageService.Attachment(file.getOriginalFilename(), file.getInputStream());
    }

    /** Authorised first, then streamed as an attachment under the cleaned name, never shown inline. */
    static ResponseEntity<InputStreamResource> download(MessageService messages, CurrentUser user, UUID messageId)
            throws IOException {
        MessageRow message = messages.attachment(user, messageId);
        var response = ResponseEntity.ok();
        if (message.attachmentSize() != null) {
            response = response.contentLength(message.attachmentSize());
        }
        return response
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(message.attachmentName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(messages.open(message)));
    }
}
