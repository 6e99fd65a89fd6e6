/**
 * The provider and the people and organisations it works with: the provider's own details and job titles,
 * employers and their contacts, end-point assessment organisations, staff and learners.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package waypoint.organisation;
