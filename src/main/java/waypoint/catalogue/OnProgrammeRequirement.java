package waypoint.catalogue;

import java.util.Optional;

/** Something to build or achieve on programme (a portfolio, a showcase), with its source. */
public record OnProgrammeRequirement(OnProgrammeRequirementKind kind, String description, Optional<String> source) {
}
