package waypoint.organisation.internal.epao;

import java.util.UUID;

/** An EPAO as lists, pages and the API show it. */
public record EpaoView(UUID id, String name, String epaoId, String contactName, String contactEmail,
        String contactPhone) {

    static EpaoView of(Epao epao) {
        return new EpaoView(epao.id(), epao.name(), epao.epaoId(), epao.contactName(), epao.contactEmail(),
                epao.contactPhone());
    }
}
