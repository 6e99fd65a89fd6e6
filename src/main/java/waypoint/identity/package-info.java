/**
 * Who someone is and what job they do here: user accounts, roles, sign-in with lockout, invitations and password
 * resets, and API tokens. Other modules ask it for accounts through {@link waypoint.identity.UserAccounts} and
 * read the signed-in person as a {@link waypoint.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package waypoint.identity;
