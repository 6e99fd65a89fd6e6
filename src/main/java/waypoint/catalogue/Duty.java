package waypoint.catalogue;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A duty of the occupation, with the KSB codes the standard maps to it. Whether it is core may be unknown. */
public record Duty(int position, Optional<String> text, Optional<Boolean> core, List<String> ksbCodes) {

    public Duty {
        ksbCodes = List.copyOf(ksbCodes);
    }

    @JsonProperty("code")
    public String code() {
        return "D" + position;
    }
}
