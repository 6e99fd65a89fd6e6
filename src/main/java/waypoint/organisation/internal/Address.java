package waypoint.organisation.internal;

/** A postal address: two lines, a town or city, and a postcode (stored normalised, like SW1A 1AA). */
public record Address(String line1, String line2, String town, String postcode) {

    /** The filled-in parts, one per line, for a summary list. */
    public java.util.List<String> lines() {
        return java.util.stream.Stream.of(line1, line2, town, postcode)
                .filter(part -> part != null && !part.isBlank()).toList();
    }
}
