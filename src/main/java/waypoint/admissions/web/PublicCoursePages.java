package waypoint.admissions.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.admissions.internal.Admission;
import waypoint.admissions.internal.Admissions;
import waypoint.admissions.internal.CourseListings;
import waypoint.admissions.internal.PersonDetails;
import waypoint.admissions.internal.PublicSubmissionLimit;
import waypoint.admissions.internal.Sources;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;
import waypoint.shared.web.Choice;

/**
 * The provider's public course pages and the enquiry and application journeys from them (docs/domain/admissions.md):
 * no account, no JavaScript, no third-party trackers. Each journey is the question page, check your answers, and a
 * confirmation page with an email. What was typed travels between the pages in the form itself, so nothing is kept
 * until the person sends it; the confirmation shows only the reference, and nothing a visitor types is ever shown
 * to another. A robot filling the hidden field is answered as a person would be, and held back as spam; too many
 * submissions from one address are answered 429.
 */
@Controller
class PublicCoursePages {

    private final CourseListings listings;
    private final Admissions admissions;
    private final PublicSubmissionLimit limit;
    private final java.time.Clock clock;

    PublicCoursePages(CourseListings listings, Admissions admissions, PublicSubmissionLimit limit,
            java.time.Clock clock) {
        this.listings = listings;
        this.admissions = admissions;
        this.limit = limit;
        this.clock = clock;
    }

    @GetMapping("/courses")
    String courses(Model model) {
        model.addAttribute("listings", listings.published());
        model.addAttribute("metaDescription", "The apprenticeships we offer, with their upcoming cohorts and places"
                + " left: enquire or apply online.");
        return "admissions/courses";
    }

    @GetMapping("/courses/{slug}")
    String course(@PathVariable String slug, Model model) {
        CourseListings.CoursePage page = page(slug);
        model.addAttribute("page", page);
        model.addAttribute("listing", page.listing());
        model.addAttribute("metaDescription", page.listing().course().words().summary());
        return "admissions/course";
    }

    // the enquiry

    @GetMapping("/courses/{slug}/enquire")
    String enquiry(@PathVariable String slug, Model model) {
        return enquiryPage(slug, EnquiryForm.empty(), model);
    }

    @PostMapping("/courses/{slug}/enquire")
    String checkEnquiry(@PathVariable String slug, @Valid @ModelAttribute("form") EnquiryForm form,
            BindingResult result, Model model) {
        if (result.hasErrors()) {
            return enquiryPage(slug, form, model);
        }
        model.addAttribute("listing", page(slug).listing());
        model.addAttribute("form", form);
        model.addAttribute("sourceWords", Sources.OFFERED.getOrDefault(form.source(), Sources.NOT_SAID));
        return "admissions/enquiry-check";
    }

    /** Back from check your answers to the questions, with the answers in place. */
    @PostMapping("/courses/{slug}/enquire/change")
    String changeEnquiry(@PathVariable String slug, @ModelAttribute("form") EnquiryForm form, Model model) {
        return enquiryPage(slug, form, model);
    }

    @PostMapping("/courses/{slug}/enquire/send")
    String sendEnquiry(@PathVariable String slug, @Valid @ModelAttribute("form") EnquiryForm form,
            BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        CourseListings.CoursePage page = page(slug);
        if (result.hasErrors()) {
            return enquiryPage(slug, form, model);
        }
        if (!limit.allow(request.getRemoteAddr())) {
            return tooMany(model, response);
        }
        Admission sent = admissions.enquire(page.listing().course().id(), form.person(), form.isRobot());
        redirect.addFlashAttribute("reference", sent.reference());
        return "redirect:/courses/" + slug + "/enquire/sent";
    }

    @GetMapping("/courses/{slug}/enquire/sent")
    String enquirySent(@PathVariable String slug, Model model) {
        model.addAttribute("listing", page(slug).listing());
        model.addAttribute("what", "enquiry");
        return "admissions/sent";
    }

    private String enquiryPage(String slug, EnquiryForm form, Model model) {
        model.addAttribute("listing", page(slug).listing());
        model.addAttribute("form", form);
        model.addAttribute("enquirers", Choice.of(PersonDetails.Enquirer.values(), PersonDetails.Enquirer::label));
        model.addAttribute("sources", Sources.OFFERED);
        return "admissions/enquiry-form";
    }

    // the application

    @GetMapping("/courses/{slug}/apply")
    String application(@PathVariable String slug, @org.springframework.web.bind.annotation.RequestParam(
            required = false) java.util.UUID cohort, Model model) {
        return applicationPage(slug, ApplicationForm.forCohort(cohort), model);
    }

    @PostMapping("/courses/{slug}/apply")
    String checkApplication(@PathVariable String slug, @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult result, Model model) {
        checkBirthDate(form, result);
        if (result.hasErrors()) {
            return applicationPage(slug, form, model);
        }
        CourseListings.CoursePage page = page(slug);
        model.addAttribute("listing", page.listing());
        model.addAttribute("form", form);
        model.addAttribute("cohort", page.listing().cohorts().stream()
                .filter(c -> c.id().equals(form.cohortId())).findFirst().orElse(null));
        model.addAttribute("birthDate", form.birthDate().orElse(null));
        model.addAttribute("sourceWords", Sources.OFFERED.getOrDefault(form.source(), Sources.NOT_SAID));
        return "admissions/application-check";
    }

    @PostMapping("/courses/{slug}/apply/change")
    String changeApplication(@PathVariable String slug, @ModelAttribute("form") ApplicationForm form, Model model) {
        return applicationPage(slug, form, model);
    }

    @PostMapping("/courses/{slug}/apply/send")
    String sendApplication(@PathVariable String slug, @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        page(slug);
        checkBirthDate(form, result);
        if (result.hasErrors()) {
            return applicationPage(slug, form, model);
        }
        if (!limit.allow(request.getRemoteAddr())) {
            return tooMany(model, response);
        }
        try {
            Admission sent = admissions.apply(form.cohortId(), form.person(), form.isRobot());
            redirect.addFlashAttribute("reference", sent.reference());
            return "redirect:/courses/" + slug + "/apply/sent";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return applicationPage(slug, form, model);
        }
    }

    @GetMapping("/courses/{slug}/apply/sent")
    String applicationSent(@PathVariable String slug, Model model) {
        model.addAttribute("listing", page(slug).listing());
        model.addAttribute("what", "application");
        return "admissions/sent";
    }

    private String applicationPage(String slug, ApplicationForm form, Model model) {
        CourseListings.CoursePage page = page(slug);
        model.addAttribute("listing", page.listing());
        model.addAttribute("form", form);
        model.addAttribute("cohorts", page.listing().cohorts().stream().filter(c -> c.placesLeft() > 0).toList());
        model.addAttribute("sources", Sources.OFFERED);
        return "admissions/application-form";
    }

    private void checkBirthDate(ApplicationForm form, BindingResult result) {
        if (result.hasFieldErrors("dateOfBirth")) {
            return;
        }
        var date = form.birthDate();
        if (date.isEmpty()) {
            result.rejectValue("dateOfBirth", "invalid", "Enter your date of birth as day, month and year, for"
                    + " example 27 3 2001");
        } else if (date.get().isAfter(LocalDate.now(clock).minusYears(15)) || date.get().isBefore(LocalDate.of(1900, 1, 1))) {
            result.rejectValue("dateOfBirth", "invalid", "Enter your real date of birth: apprentices are at least 15");
        }
    }

    private String tooMany(Model model, HttpServletResponse response) {
        response.setStatus(429);
        model.addAttribute("perHour", limit.perHour());
        return "admissions/too-many";
    }

    private CourseListings.CoursePage page(String slug) {
        return listings.page(slug).orElseThrow(() -> new NotFoundException("Course"));
    }
}
