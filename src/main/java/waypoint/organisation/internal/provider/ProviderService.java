package waypoint.organisation.internal.provider;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.JobTitles;
import waypoint.organisation.PlanningPolicy;
import waypoint.organisation.ProviderDetails;
import waypoint.organisation.ProviderProfile;
import waypoint.organisation.internal.DetailsCheck;
import waypoint.organisation.internal.Text;
import waypoint.shared.validation.Format;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/** Changes to the provider's details, job titles and planning policy. */
@Service
public class ProviderService {

    /** The provider is a single record; its audit id is fixed. */
    static final UUID PROVIDER_ID = new UUID(0, 1);
    static final int MAXIMUM_TITLE_LENGTH = 80;

    private final JdbcClient jdbc;
    private final ProviderProfile profile;
    private final JobTitles jobTitles;
    private final ProviderPolicy policy;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderService(JdbcClient jdbc, ProviderProfile profile, JobTitles jobTitles, ProviderPolicy policy,
            Validator validator, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.profile = profile;
        this.jobTitles = jobTitles;
        this.policy = policy;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ProviderDetails change(CurrentUser user, ProviderDetails details) {
        if (!policy.canChange(user)) {
            throw new AccessDeniedException("Only administrators change the provider's details");
        }
        return save(details);
    }

    /** For the system (demo data, first-run set-up). */
    @Transactional
    public ProviderDetails save(ProviderDetails details) {
        DetailsCheck.of(validator, details).throwIfInvalid();
        ProviderDetails clean = new ProviderDetails(Text.clean(details.name()), Format.UKPRN.normalise(details.ukprn()),
                Text.clean(details.addressLine1()), Text.clean(details.addressLine2()), Text.clean(details.town()),
                Format.POSTCODE.normalise(details.postcode()), Format.EMAIL.normalise(details.email()),
                Format.PHONE.normalise(details.phone()));
        String before = profile.details().map(ProviderService::summary).orElse(null);
        jdbc.sql("""
                INSERT INTO provider (id, name, ukprn, address_line1, address_line2, address_town, address_postcode,
                                      email, phone, updated_at)
                VALUES (1, :name, :ukprn, :line1, :line2, :town, :postcode, :email, :phone, :now)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, ukprn = excluded.ukprn,
                    address_line1 = excluded.address_line1, address_line2 = excluded.address_line2,
                    address_town = excluded.address_town, address_postcode = excluded.address_postcode,
                    email = excluded.email, phone = excluded.phone, updated_at = excluded.updated_at""")
                .param("name", clean.name()).param("ukprn", clean.ukprn()).param("line1", clean.addressLine1())
                .param("line2", clean.addressLine2()).param("town", clean.town()).param("postcode", clean.postcode())
                .param("email", clean.email()).param("phone", clean.phone())
                .param("now", Timestamp.from(clock.instant())).update();
        events.publishEvent(before == null ? RecordChanged.created("Provider", PROVIDER_ID, summary(clean))
                : RecordChanged.updated("Provider", PROVIDER_ID, before, summary(clean)));
        return clean;
    }

    /**
     * Names the staff roles as the provider does; a blank title goes back to the role's default label. Only staff
     * roles have titles: learners and employer contacts are called the same everywhere.
     */
    @Transactional
    public void changeJobTitles(CurrentUser user, Map<Role, String> titles) {
        if (!policy.canChange(user)) {
            throw new AccessDeniedException("Only administrators change the job titles");
        }
        saveJobTitles(titles);
    }

    /** For the system (demo data, first-run set-up). */
    @Transactional
    public void saveJobTitles(Map<Role, String> titles) {
        titles.forEach((role, title) -> {
            if (!role.isStaff()) {
                throw new FieldValidationException(role.name(), "Only staff roles have job titles");
            }
            if (title != null && title.strip().length() > MAXIMUM_TITLE_LENGTH) {
                throw new FieldValidationException(role.name(), "Job title must be " + MAXIMUM_TITLE_LENGTH
                        + " characters or fewer");
            }
        });
        String before = jobTitles.current().titles().toString();
        titles.forEach((role, title) -> {
            String clean = Text.clean(title);
            if (clean == null || clean.equals(role.label())) {
                jdbc.sql("DELETE FROM provider_job_title WHERE role = :role").param("role", role.name()).update();
            } else {
                jdbc.sql("""
                        INSERT INTO provider_job_title (role, title) VALUES (:role, :title)
                        ON CONFLICT (role) DO UPDATE SET title = excluded.title""")
                        .param("role", role.name()).param("title", clean).update();
            }
        });
        events.publishEvent(RecordChanged.updated("JobTitles", PROVIDER_ID, before, jobTitles.current().titles().toString()));
    }

    /**
     * Sets the provider's own planning policy (empty settings follow the funding rules). It belongs to the provider
     * record, so the provider's details come first.
     */
    @Transactional
    public void changePlanningPolicy(CurrentUser user, PlanningPolicy planningPolicy) {
        if (!policy.canChange(user)) {
            throw new AccessDeniedException("Only administrators change the provider's planning policy");
        }
        savePlanningPolicy(planningPolicy);
    }

    /** For the system (demo data, tests that put the learner handbook's policy back). */
    @Transactional
    public void savePlanningPolicy(PlanningPolicy planningPolicy) {
        if (profile.details().isEmpty()) {
            throw new FieldValidationException("otjPercentageOfContractedHours",
                    "Enter the provider's details before its policy");
        }
        requireWithinRules(planningPolicy);
        String before = summary(profile.planningPolicy());
        jdbc.sql("""
                UPDATE provider SET otj_percentage_of_contracted_hours = :percent, review_interval_weeks = :weeks,
                    updated_at = :now
                WHERE id = 1""")
                .param("percent", planningPolicy.otjPercentageOfContractedHours().orElse(null), Types.NUMERIC)
                .param("weeks", planningPolicy.reviewIntervalWeeks().orElse(null), Types.INTEGER)
                .param("now", Timestamp.from(clock.instant())).update();
        events.publishEvent(RecordChanged.updated("ProviderPlanningPolicy", PROVIDER_ID, before,
                summary(planningPolicy)));
    }

    /** Refuses a policy's settings that are outside the rules, each on its field, all at once. */
    public static void requireWithinRules(PlanningPolicy planningPolicy) {
        Map<String, String> problems = planningPolicy.problems();
        if (!problems.isEmpty()) {
            throw new FieldValidationException(problems);
        }
    }

    private static String summary(PlanningPolicy planningPolicy) {
        return "Off-the-job hours: " + planningPolicy.otjInWords() + "; progress reviews: "
                + planningPolicy.reviewsInWords();
    }

    private static String summary(ProviderDetails details) {
        return details.name() + " (UKPRN " + details.ukprn() + ")";
    }
}
