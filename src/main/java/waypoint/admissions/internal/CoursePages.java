package waypoint.admissions.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.Standards;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.FieldValidationException;

/** An administrator chooses which standards the provider offers, and writes each course page's words. */
@Service
public class CoursePages {

    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final AdmissionsStore store;
    private final AdmissionsPolicy policy;
    private final Standards standards;
    private final Clock clock;

    CoursePages(AdmissionsStore store, AdmissionsPolicy policy, Standards standards, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.standards = standards;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Course> all(CurrentUser user) {
        policy.requireBoard(user);
        return store.courses();
    }

    @Transactional(readOnly = true)
    public Course find(CurrentUser user, UUID id) {
        policy.requireCoursePages(user);
        return store.course(id).orElseThrow(() -> new NotFoundException("Course"));
    }

    /** Offers a standard of the catalogue, with its page's words. */
    @Transactional
    public Course offer(CurrentUser user, String standardReference, String slug, boolean published,
            Course.CourseWords words) {
        policy.requireCoursePages(user);
        Map<String, String> problems = check(slug, words, null);
        if (standardReference == null || standards.latestSummary(standardReference.strip()).isEmpty()) {
            problems.put("standardReference", "Select a standard from the catalogue");
        } else if (store.courseByStandard(standardReference.strip()).isPresent()) {
            problems.put("standardReference", "This standard already has a course page: change that one");
        }
        if (!problems.isEmpty()) {
            throw new FieldValidationException(problems);
        }
        Course course = new Course(UUID.randomUUID(), slug.strip(), standardReference.strip(), published, words, 0);
        store.save(course, clock.instant());
        return course;
    }

    @Transactional
    public Course rewrite(CurrentUser user, UUID id, String slug, boolean published, Course.CourseWords words,
            int version) {
        policy.requireCoursePages(user);
        Course existing = store.course(id).orElseThrow(() -> new NotFoundException("Course"));
        Map<String, String> problems = check(slug, words, id);
        if (!problems.isEmpty()) {
            throw new FieldValidationException(problems);
        }
        Course course = new Course(id, slug.strip(), existing.standardReference(), published, words, version);
        store.save(course, clock.instant());
        return course;
    }

    private Map<String, String> check(String slug, Course.CourseWords w, UUID self) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (slug == null || !SLUG.matcher(slug.strip()).matches() || slug.length() > 80) {
            problems.put("slug", "Enter the page address in lower-case letters, digits and hyphens, for example"
                    + " learning-mentor");
        } else if (store.courseBySlug(slug.strip()).filter(c -> !c.id().equals(self)).isPresent()) {
            problems.put("slug", "Another course page has this address");
        }
        Map<String, String> words = new LinkedHashMap<>();
        words.put("summary", w.summary());
        words.put("overview", w.overview());
        words.put("jobRoles", w.jobRoles());
        words.put("entryRequirements", w.entryRequirements());
        words.put("englishAndMaths", w.englishAndMaths());
        words.put("duration", w.duration());
        words.put("delivery", w.delivery());
        words.put("assessment", w.assessment());
        words.put("progression", w.progression());
        words.forEach((field, text) -> {
            if (text == null || text.isBlank()) {
                problems.put(field, "Enter this section of the course page");
            } else if (text.length() > 10000) {
                problems.put(field, "This section must be 10000 characters or fewer");
            }
        });
        if (w.summary() != null && w.summary().length() > 300) {
            problems.put("summary", "The summary must be 300 characters or fewer: search engines show it");
        }
        return problems;
    }
}
