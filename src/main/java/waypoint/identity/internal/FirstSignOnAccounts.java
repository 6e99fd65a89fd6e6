package waypoint.identity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import waypoint.identity.Role;
import waypoint.shared.web.FieldValidationException;

/**
 * The provider's choice whether someone's first single sign-on creates a staff account for them, with which role
 * and for which email domains (docs/domain/sign-in.md, "Accounts on first single sign-on"). Off unless a provider
 * turns it on; when on, one role from {@link #ROLES} and at least one domain.
 *
 * @param on whether a first single sign-on creates an account
 * @param role the one role given (null when off)
 * @param domains the email domains allowed, lower case, each exactly (a sub-domain only when it is listed itself)
 */
public record FirstSignOnAccounts(boolean on, Role role, List<String> domains) {

    /**
     * The roles such an account may be given: the staff roles that see only their own learners or their team's.
     * Roles that see the whole provider's records, safeguarding or personal data, or that administer Waypoint, are
     * given by an administrator who knows the person.
     */
    public static final Set<Role> ROLES = Arrays.stream(FirstSignOnAccounts.ROLE_NAMES.split("\\|")).map(Role::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

    /** The names of {@link #ROLES}, as a form's choice sends them: a pattern a form's role is checked against. */
    public static final String ROLE_NAMES = "TUTOR|LEAD";

    /** A domain name: labels of letters, digits and hyphens (not at either end) joined by dots, at least two. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    public static final int MAXIMUM_DOMAINS = 50;

    public FirstSignOnAccounts {
        domains = domains == null ? List.of() : List.copyOf(domains);
        if (on && (!ROLES.contains(role) || domains.isEmpty())) {
            throw new IllegalArgumentException("A first single sign-on creates an account with one of " + ROLES
                    + " for at least one domain");
        }
    }

    public static FirstSignOnAccounts off() {
        return new FirstSignOnAccounts(false, null, List.of());
    }

    /**
     * The email domains an administrator typed, as the setting keeps them: separated by commas, spaces or new lines,
     * an {@code @} before one allowed, each written as a domain; at least one and at most {@link #MAXIMUM_DOMAINS}.
     * Refused on the form's field {@code domains} otherwise.
     */
    public static List<String> domainsIn(String domainsText) {
        List<String> domains = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String part : SEPARATORS.split(domainsText == null ? "" : domainsText.strip())) {
            if (part.isEmpty()) {
                continue;
            }
            String domain = part.toLowerCase(Locale.ROOT);
            domain = domain.startsWith("@") ? domain.substring(1) : domain;
            if (!DOMAIN.matcher(domain).matches()) {
                wrong.add(part);
            } else if (!domains.contains(domain)) {
                domains.add(domain);
            }
        }
        if (!wrong.isEmpty()) {
            throw new FieldValidationException("domains", "Enter email domains like example.ac.uk: "
                    + String.join(", ", wrong) + (wrong.size() == 1 ? " is not a domain" : " are not domains"));
        } else if (domains.isEmpty()) {
            throw new FieldValidationException("domains", "Enter at least one email domain, like example.ac.uk");
        } else if (domains.size() > MAXIMUM_DOMAINS) {
            throw new FieldValidationException("domains", "Enter " + MAXIMUM_DOMAINS + " email domains or fewer");
        }
        return domains;
    }

    /** The domain of an email address (after its last @), lower case; empty when there is none. */
    public static String domainOf(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** True when the email's domain is one of the domains listed, exactly: a sub-domain is not its parent. */
    public boolean allows(String email) {
        return on && domains.contains(domainOf(email));
    }

    /** The domains as the form shows them: one per line. */
    public String domainsText() {
        return String.join("\n", domains);
    }

    /** In words, for the audit trail. */
    public String describe() {
        return on ? "a first single sign-on creates a " + role.label() + " account for email addresses at "
                + String.join(", ", domains)
                : "a first single sign-on creates no account";
    }
}
