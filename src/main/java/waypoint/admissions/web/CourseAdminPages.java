package waypoint.admissions.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import waypoint.admissions.internal.AdmissionsPolicy;
import waypoint.admissions.internal.Course;
import waypoint.admissions.internal.CoursePages;
import waypoint.catalogue.Standards;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;

/** An administrator chooses the standards the provider offers and writes each course page's words. */
@Controller
class CourseAdminPages {

    private final CoursePages pages;
    private final AdmissionsPolicy policy;
    private final Standards standards;

    CourseAdminPages(CoursePages pages, AdmissionsPolicy policy, Standards standards) {
        this.pages = pages;
        this.policy = policy;
        this.standards = standards;
    }

    record CourseForm(String standardReference, String slug, boolean published, String summary, String overview,
            String jobRoles, String entryRequirements, String englishAndMaths, String duration, String delivery,
            String assessment, String progression, int version) {

        static CourseForm of(Course c) {
            Course.CourseWords w = c.words();
            return new CourseForm(c.standardReference(), c.slug(), c.published(), w.summary(), w.overview(),
                    w.jobRoles(), w.entryRequirements(), w.englishAndMaths(), w.duration(), w.delivery(),
                    w.assessment(), w.progression(), c.version());
        }

        static CourseForm empty() {
            return new CourseForm(null, null, true, null, null, null, null, null, null, null, null, null, 0);
        }

        Course.CourseWords words() {
            return new Course.CourseWords(summary, overview, jobRoles, entryRequirements, englishAndMaths, duration,
                    delivery, assessment, progression);
        }
    }

    @GetMapping("/admissions/courses")
    String list(CurrentUser user, Model model) {
        model.addAttribute("courses", pages.all(user));
        model.addAttribute("mayWrite", policy.canWriteCoursePages(user));
        return "admissions/course-list";
    }

    @GetMapping("/admissions/courses/new")
    String newCourse(CurrentUser user, Model model) {
        policy.requireCoursePages(user);
        return formPage(model, CourseForm.empty(), null);
    }

    @PostMapping("/admissions/courses/new")
    String offer(CurrentUser user, @ModelAttribute("form") CourseForm form, BindingResult result, Model model) {
        try {
            pages.offer(user, form.standardReference(), form.slug(), form.published(), form.words());
            return "redirect:/admissions/courses";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return formPage(model, form, null);
        }
    }

    @GetMapping("/admissions/courses/{id}")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        return formPage(model, CourseForm.of(pages.find(user, id)), id);
    }

    @PostMapping("/admissions/courses/{id}")
    String rewrite(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") CourseForm form,
            BindingResult result, Model model) {
        try {
            pages.rewrite(user, id, form.slug(), form.published(), form.words(), form.version());
            return "redirect:/admissions/courses";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return formPage(model, form, id);
        }
    }

    private String formPage(Model model, CourseForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("courseId", id);
        model.addAttribute("standards", standards.latestSummaries());
        return "admissions/course-form";
    }
}
