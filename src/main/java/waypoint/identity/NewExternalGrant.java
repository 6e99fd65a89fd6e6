package waypoint.identity;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.Format;
import waypoint.shared.validation.ValidFormat;

/**
 * What an administrator asks for when giving someone outside the provider access: who they are, the kind of access,
 * what they may see and for which days. Any part may be missing: what must be given, and in what form, is checked on
 * this record (every part at once, by field); the grant then refuses what its rules do not allow (a first day gone,
 * more than a year, an email address of the provider's own people).
 */
public record NewExternalGrant(
        @NotBlank(message = "Enter the person's full name")
        @Size(max = NewExternalGrant.NAME_LENGTH, message = "The name must be " + NewExternalGrant.NAME_LENGTH
                + " characters or fewer") String personName,
        @NotBlank(message = NewExternalGrant.EMAIL_FORMAT) @ValidFormat(Format.EMAIL) String email,
        @NotBlank(message = "Enter the organisation they work for, like the ESFA or Ofsted")
        @Size(max = NewExternalGrant.NAME_LENGTH, message = "The organisation must be " + NewExternalGrant.NAME_LENGTH
                + " characters or fewer") String organisation,
        @NotNull(message = "Choose what kind of access they need") ExternalKind kind,
        @NotNull(message = "Choose what they may see: a funding audit sample, a standard or named apprentices")
        ExternalGrant.Scope scope,
        @NotNull(message = "Enter the first day of their access as a real date, for example 4/1/2027")
        LocalDate startsOn,
        @NotNull(message = "Enter the last day of their access as a real date, for example 29/1/2027")
        LocalDate endsOn) {

    /** The longest name of a person or an organisation. */
    public static final int NAME_LENGTH = 200;

    static final String EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.com";
}
