package waypoint.organisation.internal.employer;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import waypoint.organisation.Funding;
import waypoint.organisation.internal.Address;

/** An employer of apprentices. Its contacts are records of their own, referring to it by id. */
@Table("employer")
public class Employer {

    @Id
    private final UUID id;
    private String name;
    @Embedded.Empty(prefix = "address_")
    private Address address;
    private Funding funding;
    private String employerReferenceNumber;
    private final Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Employer(UUID id, String name, Address address, Funding funding, String employerReferenceNumber,
            Instant createdAt, Integer version) {
        this.id = id;
        this.name = name;
        this.address = address;
        this.funding = funding;
        this.employerReferenceNumber = employerReferenceNumber;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Employer register(String name, Address address, Funding funding, String employerReferenceNumber,
            Instant now) {
        return new Employer(UUID.randomUUID(), name, address, funding, employerReferenceNumber, now, null);
    }

    void change(String name, Address address, Funding funding, String employerReferenceNumber) {
        this.name = name;
        this.address = address;
        this.funding = funding;
        this.employerReferenceNumber = employerReferenceNumber;
    }

    /** The ILR's employer identifier, recorded or corrected on its own (by the data officer, who reports it). */
    void recordReferenceNumber(String employerReferenceNumber) {
        this.employerReferenceNumber = employerReferenceNumber;
    }

    /** For the audit trail: nothing personal. */
    String summary() {
        return name + ", " + funding.label() + (address.postcode() == null ? "" : ", " + address.postcode())
                + (employerReferenceNumber == null ? "" : ", employer reference number " + employerReferenceNumber);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Address address() {
        return address;
    }

    public Funding funding() {
        return funding;
    }

    /** The employer reference number the ILR names the employer by; null while not yet known. */
    public String employerReferenceNumber() {
        return employerReferenceNumber;
    }
}
