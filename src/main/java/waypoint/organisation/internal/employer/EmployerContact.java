package waypoint.organisation.internal.employer;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person at an employer, such as an apprentice's line manager. They sign in with their own account, as an
 * employer contact, and see that employer's apprentices.
 */
@Table("employer_contact")
public class EmployerContact {

    @Id
    private final UUID id;
    private final UUID employerId;
    private final UUID accountId;
    private String name;
    private String email;
    private String phone;
    private final Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    EmployerContact(UUID id, UUID employerId, UUID accountId, String name, String email, String phone,
            Instant createdAt, Integer version) {
        this.id = id;
        this.employerId = employerId;
        this.accountId = accountId;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.createdAt = createdAt;
        this.version = version;
    }

    static EmployerContact add(UUID employerId, UUID accountId, String name, String email, String phone, Instant now) {
        return new EmployerContact(UUID.randomUUID(), employerId, accountId, name, email, phone, now, null);
    }

    void change(String name, String email, String phone) {
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    /** For the audit trail: the name, not the contact details. */
    String summary() {
        return name;
    }

    public UUID id() {
        return id;
    }

    public UUID employerId() {
        return employerId;
    }

    public UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
