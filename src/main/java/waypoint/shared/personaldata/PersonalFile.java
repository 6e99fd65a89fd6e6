package waypoint.shared.personaldata;

/** A file a record holds, as kept in the file store, with the name to give it in the pack. */
public record PersonalFile(String fileId, String name, String mediaType) {
}
