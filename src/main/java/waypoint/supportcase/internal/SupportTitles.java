package waypoint.supportcase.internal;

import org.springframework.stereotype.Component;

import waypoint.enrolment.StaffPart;
import waypoint.identity.Role;
import waypoint.organisation.JobTitles;

/**
 * The words for the people of the process. The provider's job titles (organisation settings) come first; a role the
 * provider has not named gets your support policy's word (docs/domain/support-policy.md: placement or tech coach, pastoral or tech lead, head of
 * developer success or head of training, director of delivery or director of training). The line manager is the
 * apprenticeship's employer contact; the client partner is the member of staff given the part “client partner” on
 * the apprenticeship (enrolment's StaffPart), so each apprenticeship names its own.
 */
@Component
public class SupportTitles {

    private final JobTitles jobTitles;

    SupportTitles(JobTitles jobTitles) {
        this.jobTitles = jobTitles;
    }

    public record Titles(String coach, String lead, String head, String director, String lineManager,
            String clientPartner) {

        public String of(Who who) {
            return switch (who) {
                case COACH -> coach;
                case LEAD -> lead;
                case HEAD -> head;
                case DIRECTOR -> director;
                case APPELLANT -> "apprentice or employer";
            };
        }
    }

    public Titles current() {
        JobTitles.Titles named = jobTitles.current();
        return new Titles(word(named, Role.TUTOR, "placement or tech coach"),
                word(named, Role.LEAD, "pastoral or tech lead"),
                word(named, Role.HEAD_OF_DELIVERY, "head of developer success or head of training"),
                word(named, Role.DIRECTOR, "director of delivery or director of training"), "line manager",
                StaffPart.CLIENT_PARTNER.words().toLowerCase());
    }

    private static String word(JobTitles.Titles named, Role role, String policyWord) {
        String title = named.of(role);
        return title == null || title.equals(role.label()) ? policyWord : title.toLowerCase();
    }
}
