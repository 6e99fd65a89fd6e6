package waypoint.organisation.internal.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import waypoint.organisation.internal.Address;

/**
 * A learner (apprentice): who they are, how to reach them, and who they work with: their employer, their line
 * manager there and their tutor. Changing the tutor moves them to another caseload, which the tutor is told of.
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
    private UUID employerId;
    private UUID lineManagerId;
    private UUID tutorId;
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
    Learner(UUID id, UUID accountId, Person person, Address address, UUID employerId, UUID lineManagerId,
            UUID tutorId, Instant createdAt, Integer version) {
        this.id = id;
        this.accountId = accountId;
        this.person = person;
        this.address = address;
        this.employerId = employerId;
        this.lineManagerId = lineManagerId;
        this.tutorId = tutorId;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Learner enrol(UUID accountId, Person person, Address address, UUID employerId, UUID lineManagerId,
            UUID tutorId, Instant now) {
        return new Learner(UUID.randomUUID(), accountId, person, address, employerId, lineManagerId, tutorId, now, null);
    }

    /** Changes the details; answers whether the learner moved to a (different) tutor's caseload. */
    boolean change(Person person, Address address, UUID employerId, UUID lineManagerId, UUID tutorId) {
        boolean newTutor = tutorId != null && !Objects.equals(tutorId, this.tutorId);
        this.person = person;
        this.address = address;
        this.employerId = employerId;
        this.lineManagerId = lineManagerId;
        this.tutorId = tutorId;
        return newTutor;
    }

    /** For the audit trail: the name, ULN and relationships; never the sensitive declarations. */
    String summary() {
        return person.fullName() + ", ULN " + person.uln() + ", employer " + employerId + ", tutor " + tutorId;
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

    public UUID employerId() {
        return employerId;
    }

    public UUID lineManagerId() {
        return lineManagerId;
    }

    public UUID tutorId() {
        return tutorId;
    }
}
