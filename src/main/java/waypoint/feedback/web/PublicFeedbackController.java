package waypoint.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.groups.Default;

import org.springframework.validation.annotation.Validated;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.feedback.AppealRoute;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.internal.Feedback;
import waypoint.feedback.internal.FeedbackRaising;
import waypoint.feedback.internal.PublicSubmissions;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;
import waypoint.shared.web.Choice;

/**
 * The public feedback form: anyone, without an account (the complaints policy: “provide a channel for people to register their
 * feedback and complaints“). A hidden honeypot field and a limit per address keep robots out; a robot filling the
 * honeypot is shown the same thank-you page and nothing is recorded.
 */
@Controller
@RequestMapping("/feedback/new")
class PublicFeedbackController {

    private final FeedbackRaising raising;
    private final PublicSubmissions submissions;

    PublicFeedbackController(FeedbackRaising raising, PublicSubmissions submissions) {
        this.raising = raising;
        this.submissions = submissions;
    }

    @GetMapping
    String form(Model model) {
        return page(model, RaiseForm.empty());
    }

    @PostMapping
    String submit(@Validated({Default.class, RaiseForm.Public.class}) @ModelAttribute("form") RaiseForm form,
            BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (form.website() != null && !form.website().isBlank()) {
            return "redirect:/feedback/new/sent";
        }
        if (!submissions.allow(request.getRemoteAddr())) {
            response.setStatus(429);
            return "feedback/public-too-many";
        }
        if (result.hasErrors()) {
            return page(model, form);
        }
        try {
            Feedback raised = raising.raisePublic(Forms.command(form));
            return "redirect:/feedback/new/sent?reference=" + raised.reference();
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return page(model, form);
        }
    }

    @GetMapping("/sent")
    String sent() {
        return "feedback/public-sent";
    }

    private String page(Model model, RaiseForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", Choice.of(FeedbackKind.values(), FeedbackKind::label));
        model.addAttribute("types", Choice.of(ComplainantType.values(), ComplainantType::label));
        model.addAttribute("routes", Choice.of(AppealRoute.values(), AppealRoute::label));
        return "feedback/public-form";
    }
}
