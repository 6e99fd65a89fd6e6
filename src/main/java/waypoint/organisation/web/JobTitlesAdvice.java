package waypoint.organisation.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import waypoint.organisation.JobTitles;

/** Every page names roles with the provider's own job titles: {@code ${jobTitles.of('TUTOR')}}. */
@ControllerAdvice(annotations = Controller.class)
class JobTitlesAdvice {

    private final JobTitles jobTitles;

    JobTitlesAdvice(JobTitles jobTitles) {
        this.jobTitles = jobTitles;
    }

    @ModelAttribute("jobTitles")
    JobTitles.Titles jobTitles() {
        return jobTitles.current();
    }
}
