package waypoint.safeguarding.internal;

import java.time.Clock;
import java.time.ZoneOffset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.validation.Format;
import waypoint.shared.validation.ValidFormat;

/**
 * The provider's designated safeguarding officer (name, email, telephone) and the text of the learner entitlements
 * page, which administrators keep. Everyone signed in reads them: the officer is who anyone may go to.
 */
@Service
public class SafeguardingSettings {

    private static final String TOO_LONG = "Must be {max} characters or fewer";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SafeguardingSettings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The settings as they are, or the learner handbook's wording until the provider writes its own. */
    @Transactional(readOnly = true)
    public Settings current() {
        return jdbc.sql("""
                SELECT officer_name, officer_email, officer_phone, entitlements_text, prevent_text,
                       british_values_text, version FROM safeguarding_setting WHERE id = 1""")
                .query(Settings.class).optional().orElse(Settings.DEFAULT);
    }

    public boolean canChange(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR);
    }

    @Transactional
    public void change(CurrentUser user, Settings form) {
        if (!canChange(user)) {
            throw new AccessDeniedException("Only administrators change the safeguarding settings");
        }
        Settings before = current();
        int expected = form.version() == null ? before.version() : form.version();
        int changed = jdbc.sql("""
                INSERT INTO safeguarding_setting (id, officer_name, officer_email, officer_phone, entitlements_text,
                    prevent_text, british_values_text, updated_at, version)
                VALUES (1, :name, :email, :phone, :entitlements, :prevent, :values, :at, 1)
                ON CONFLICT (id) DO UPDATE SET officer_name = excluded.officer_name,
                    officer_email = excluded.officer_email, officer_phone = excluded.officer_phone,
                    entitlements_text = excluded.entitlements_text, prevent_text = excluded.prevent_text,
                    british_values_text = excluded.british_values_text, updated_at = excluded.updated_at,
                    version = safeguarding_setting.version + 1
                WHERE safeguarding_setting.version = :version""")
                .param("name", form.officerName().strip()).param("email", form.officerEmail().strip())
                .param("phone", form.officerPhone().strip()).param("entitlements", form.entitlementsText().strip())
                .param("prevent", form.preventText().strip()).param("values", form.britishValuesText().strip())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("version", expected)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException(
                    "Someone else changed the safeguarding settings while you were editing them. Your changes are below: check them and save again.");
        }
        events.publishEvent(new RecordChanged("SafeguardingSettings", "1", RecordChanged.Action.UPDATED,
                "Officer: " + before.officerName(), "Officer: " + form.officerName().strip()));
    }

    /**
     * The settings, also the form, with what each must hold. Texts are plain paragraphs separated by blank lines;
     * lines starting "- " are a list.
     */
    public record Settings(
            @NotBlank(message = "Enter the designated safeguarding officer's name")
            @Size(max = 200, message = TOO_LONG) String officerName,
            @NotBlank(message = "Enter the officer's email address") @Size(max = 254, message = TOO_LONG)
            @ValidFormat(Format.EMAIL) String officerEmail,
            @NotBlank(message = "Enter the officer's telephone number") @Size(max = 30, message = TOO_LONG)
            @ValidFormat(value = Format.PHONE, message = "Enter a telephone number, like 0116 216 6620")
            String officerPhone,
            @NotBlank(message = "Enter the learners' safeguarding entitlements")
            @Size(max = 20000, message = TOO_LONG) String entitlementsText,
            @NotBlank(message = "Enter the Prevent duty text") @Size(max = 20000, message = TOO_LONG) String preventText,
            @NotBlank(message = "Enter the British values text")
            @Size(max = 20000, message = TOO_LONG) String britishValuesText,
            Integer version) {

        /**
         * the learner handbook, "Safeguarding" (Learners' Entitlement), "Prevent Duty" and its British values
         * definition.
         */
        static final Settings DEFAULT = new Settings(null, null, null, """
                In order to promote a healthy and a safe environment, you are entitled to:

                - make a disclosure to any member of staff and know that the disclosure will be dealt with quickly, sensitively and appropriately
                - learn in an environment free from bullying or harassment
                - be made aware of the basic principles of safe learning and safeguarding relevant to your programme
                - be made aware of how to access support on personal health and safety issues, from us or from outside agencies
                - be given up-to-date information about personal safety
                - comment and give feedback on how well we and your course promote and maintain wellbeing and personal safety
                - learn interpersonal and communication skills that promote a welcoming, safe and respectful environment""",
                """
                The Prevent duty is the duty in the Counter-Terrorism and Security Act 2015 on all education providers to have due regard to preventing people being drawn into terrorism.

                Training providers are major education providers for the 16 to 25 age group, who are particularly vulnerable to radicalisation. We have a part to play in fostering shared British values and promoting community cohesion.

                Extremism is vocal or active opposition to fundamental British values, including democracy, the rule of law, individual liberty and mutual respect and tolerance of different faiths and beliefs. We also include calls for the death of members of our armed forces.

                Report any concern to our designated safeguarding officer.""",
                """
                British values are "democracy, the rule of law, individual liberty and mutual respect and tolerance for those with different backgrounds, characteristics, beliefs and faiths".""",
                0);

        public boolean hasOfficer() {
            return officerName != null;
        }
    }
}
