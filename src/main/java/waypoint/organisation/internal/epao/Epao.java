package waypoint.organisation.internal.epao;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An end-point assessment organisation, by its register id (like EPA0175), and who to contact there. */
@Table("epao")
public class Epao {

    @Id
    private final UUID id;
    private String name;
    private String epaoId;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private final Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Epao(UUID id, String name, String epaoId, String contactName, String contactEmail, String contactPhone,
            Instant createdAt, Integer version) {
        this.id = id;
        this.name = name;
        this.epaoId = epaoId;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Epao register(String name, String epaoId, String contactName, String contactEmail, String contactPhone,
            Instant now) {
        return new Epao(UUID.randomUUID(), name, epaoId, contactName, contactEmail, contactPhone, now, null);
    }

    void change(String name, String epaoId, String contactName, String contactEmail, String contactPhone) {
        this.name = name;
        this.epaoId = epaoId;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
    }

    String summary() {
        return name + " (" + epaoId + ")";
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String epaoId() {
        return epaoId;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }
}
