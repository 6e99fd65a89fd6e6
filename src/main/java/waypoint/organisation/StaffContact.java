package waypoint.organisation;

/** How to reach a member of staff, for a learner's or employer's list of contacts. Phone may be null. */
public record StaffContact(String name, String email, String phone) {
}
