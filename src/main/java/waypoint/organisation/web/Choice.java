package waypoint.organisation.web;

/** An option of a select, radios or checkboxes: the value sent and the words shown. */
public record Choice(String value, String text) {
}
