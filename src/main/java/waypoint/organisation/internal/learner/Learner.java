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
    private Instant anonymisedAt;
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
    Learner(UUID id, UUID accountId, Person person, Address address, Instant createdAt, Instant anonymisedAt,
            Integer version) {
        this.id = id;
        this.accountId = accountId;
        this.person = person;
        this.address = address;
        this.createdAt = createdAt;
        this.anonymisedAt = anonymisedAt;
        this.version = version;
    }

    static Learner enrol(UUID accountId, Person person, Address address, Instant now) {
        return new Learner(UUID.randomUUID(), accountId, person, address, now, null, null);
    }

    /** Changes the learner's own details; an anonymised learner has none left to change. */
    void change(Person person, Address address) {
        requireNotAnonymised();
        this.person = person;
        this.address = address;
    }

    /**
     * Removes who the learner is once their records' retention period has passed, or on an erasure request the law
     * allows (docs/domain/retention.md, "Anonymising a learner"): name, ULN, National Insurance number, contacts,
     * address and emergency contact go; the date of birth stays, since the funding and achievement figures count
     * by age at the start, as do the apprenticeships themselves. Answers false when it was already done.
     */
    boolean anonymise(Instant at) {
        if (anonymisedAt != null) {
            return false;
        }
        this.person = new Person(ANONYMISED_GIVEN_NAMES, ANONYMISED_FAMILY_NAME, person.dateOfBirth(), UNKNOWN_ULN,
                null, anonymisedEmail(id), null, null, null);
        this.address = new Address(null, null, null, UNKNOWN_POSTCODE);
        this.anonymisedAt = at;
        return true;
    }

    static final String ANONYMISED_GIVEN_NAMES = "Anonymised";
    static final String ANONYMISED_FAMILY_NAME = "learner";
    /** The ILR's "not known" values. */
    static final String UNKNOWN_ULN = "9999999999";
    static final String UNKNOWN_POSTCODE = "ZZ99 9ZZ";

    static String anonymisedEmail(UUID id) {
        return "anonymised-" + id + "@example.invalid";
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    private void requireNotAnonymised() {
        if (anonymisedAt != null) {
            throw new waypoint.shared.web.FieldValidationException("givenNames",
                    "This learner's details were anonymised at the end of their retention period");
        }
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
