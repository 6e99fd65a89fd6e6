package waypoint.enrolment.web;

/** An option of a select or radios: the value sent and the words shown. */
record Option(String value, String text) {
}
