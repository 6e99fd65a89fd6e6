package waypoint.catalogue;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A knowledge, skill or behaviour of a standard. Its code is its kind's letter and its position in the standard
 * (docs/domain/standards-and-assessment-plans.md, “Standards data”: the K1/S1/B1 codes are positions). The text
 * is empty where no source gave it: it is never made up, and an import or an administrator completes it.
 */
public record Ksb(KsbKind kind, int position, Optional<String> text, boolean textAddedByAdministrator) {

    @JsonProperty("code")
    public String code() {
        return kind.code(position);
    }

    public boolean hasText() {
        return text.isPresent();
    }
}
