package waypoint.organisation.internal.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import waypoint.organisation.internal.Address;

/**
 * A learner (apprentice): who they are and how to reach them. Who they work with (their employer, their line manager
 * there and their tutor) is recorded on their apprenticeship alone (docs/domain/enrolment.md, "Who an apprentice
 * works with"), and read through {@link WorksWith}.
 */
@Table("learner")
public class Learner {

    @Id
    private final UUID id;
    private final UUID accountId;
    @Embedded.Empty
    private Person person;
    @Embedded.Empty(prefix = "address_")
    private Address address;
    private final Instant createdAt;
    @Version
    private Integer version;

    /** The learner's own details, as one value so a change replaces them together. */
    public record Person(String givenNames, String familyName, LocalDate dateOfBirth, String uln, String niNumber,
            String email, String phone, String emergencyContactName, String emergencyContactPhone) {

        public String fullName() {
            return givenNames + " " + familyName;
        }
    }

    @PersistenceCreator
    Learner(UUID id, UUID accountId, Person person, Address address, Instant createdAt, Integer version) {
        this.id = id;
        this.accountId = accountId;
        this.person = person;
        this.address = address;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Learner enrol(UUID accountId, Person person, Address address, Instant now) {
        return new Learner(UUID.randomUUID(), accountId, person, address, now, null);
    }

    /** Changes the learner's own details. */
    void change(Person person, Address address) {
        this.person = person;
        this.address = address;
    }

    /** For the audit trail: the name and ULN; never the sensitive declarations. */
    String summary() {
        return person.fullName() + ", ULN " + person.uln();
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public Person person() {
        return person;
    }

    public Address address() {
        return address;
    }
}
