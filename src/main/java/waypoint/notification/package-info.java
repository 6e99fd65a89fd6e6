/**
 * Telling people things: in-app notifications (the bell, the list, mark as read) and email from templates.
 * Other modules never call it to notify someone: they publish their own events and this module listens, through
 * Spring Modulith's JDBC event publication registry, so a failed email is retried and never lost.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation"})
package waypoint.notification;
