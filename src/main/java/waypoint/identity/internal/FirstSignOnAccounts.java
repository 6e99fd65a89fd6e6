package waypoint.identity.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    public static final Set<Role> ROLES = EnumSet.of(Role.TUTOR, Role.LEAD);

    /** A domain name: labels of letters, digits and hyphens (not at either end) joined by dots, at least two. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    public static final int MAXIMUM_DOMAINS = 50;

    public FirstSignOnAccounts {
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    public static FirstSignOnAccounts off() {
        return new FirstSignOnAccounts(false, null, List.of());
    }

    /**
     * The setting an administrator asked for, checked whole: the role one of {@link #ROLES}, the domains written as
     * domains (one or more when on, separated by commas, spaces or new lines; an {@code @} before one is allowed).
     * When off, the role and domains are not kept. Field errors are named as the form's fields.
     */
    public static FirstSignOnAccounts checked(Boolean on, Role role, String domainsText) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (on == null) {
            errors.put("createAccounts", "Select yes if a first single sign-on should create a staff account");
            throw new FieldValidationException(errors);
        }
        if (!on) {
            return off();
        }
        if (role == null || !ROLES.contains(role)) {
            errors.put("role", "Select the role to give: " + ROLES.stream().map(Role::label)
                    .map(label -> label.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or ")));
        }
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
            errors.put("domains", "Enter email domains like example.ac.uk: " + String.join(", ", wrong)
                    + (wrong.size() == 1 ? " is not a domain" : " are not domains"));
        } else if (domains.isEmpty()) {
            errors.put("domains", "Enter at least one email domain, like example.ac.uk");
        } else if (domains.size() > MAXIMUM_DOMAINS) {
            errors.put("domains", "Enter " + MAXIMUM_DOMAINS + " email domains or fewer");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        return new FirstSignOnAccounts(true, role, domains);
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
