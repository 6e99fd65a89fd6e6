/**
 * Events by which any module asks for an email or an in-app notification without depending on the notification
 * module: publish one with {@code ApplicationEventPublisher} inside the transaction that made the change.
 */
package waypoint.shared.messaging;
