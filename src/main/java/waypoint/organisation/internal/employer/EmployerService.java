package waypoint.organisation.internal.employer;

import java.time.Clock;
import java.util.Optional;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.organisation.EmployerDetails;
import waypoint.organisation.internal.Address;
import waypoint.organisation.internal.DetailsCheck;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.RecordInUseException;
import waypoint.organisation.internal.Text;
import waypoint.organisation.internal.Viewers;
import waypoint.shared.validation.Format;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.PageOf;
import waypoint.organisation.EmployerId;

/** Reading and keeping employers, each use case authorised by the {@link EmployerPolicy}. */
@Service
public class EmployerService {

    private final EmployerRepository employers;
    private final EmployerContactRepository contacts;
    private final EmployerQueries queries;
    private final EmployerPolicy policy;
    private final Viewers viewers;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmployerService(EmployerRepository employers, EmployerContactRepository contacts, EmployerQueries queries,
            EmployerPolicy policy, Viewers viewers, Validator validator, ApplicationEventPublisher events, Clock clock) {
        this.employers = employers;
        this.contacts = contacts;
        this.queries = queries;
        this.policy = policy;
        this.viewers = viewers;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageOf<EmployerRow> list(CurrentUser user, ListRequest request) {
        if (!policy.canList(viewers.of(user))) {
            throw new AccessDeniedException("Only staff list employers");
        }
        return queries.list(request);
    }

    /** An employer the person may not see is "not found", so its existence is not given away. */
    @Transactional(readOnly = true)
    public EmployerView view(CurrentUser user, EmployerId id) {
        if (!policy.canView(viewers.of(user), id)) {
            throw new NotFoundException("Employer");
        }
        Employer employer = employers.findById(id.value()).orElseThrow(() -> new NotFoundException("Employer"));
        return new EmployerView(id, employer.name(), employer.address(), employer.funding(),
                employer.employerReferenceNumber(),
                contacts.findByEmployer(id.value()).stream().map(ContactView::of).toList(), queries.apprentices(id));
    }

    @Transactional
    public EmployerId create(CurrentUser user, EmployerDetails details) {
        requireChange(user);
        return register(details);
    }

    /** For the system (demo data, imports). */
    @Transactional
    public EmployerId register(EmployerDetails details) {
        DetailsCheck.of(validator, details).throwIfInvalid();
        Employer employer = employers.save(Employer.register(Text.clean(details.name()), address(details),
                details.funding(), ern(details), clock.instant()));
        events.publishEvent(RecordChanged.created("Employer", employer.id(), employer.summary()));
        return new EmployerId(employer.id());
    }

    @Transactional
    public void change(CurrentUser user, EmployerId id, EmployerDetails details) {
        requireChange(user);
        Employer employer = employers.findById(id.value()).orElseThrow(() -> new NotFoundException("Employer"));
        DetailsCheck.of(validator, details).throwIfInvalid();
        String before = employer.summary();
        employer.change(Text.clean(details.name()), address(details), details.funding(), ern(details));
        employers.save(employer);
        events.publishEvent(RecordChanged.updated("Employer", id.value(), before, employer.summary()));
    }

    /** Records or corrects the employer reference number alone: administrators and the data officer. */
    @Transactional
    public void changeReferenceNumber(CurrentUser user, EmployerId id, String employerReferenceNumber) {
        if (!policy.canChangeReferenceNumber(viewers.of(user))) {
            throw new AccessDeniedException("Only administrators and the data officer change the employer reference "
                    + "number");
        }
        Employer employer = employers.findById(id.value()).orElseThrow(() -> new NotFoundException("Employer"));
        Format.EMPLOYER_REFERENCE_NUMBER.problem(employerReferenceNumber).ifPresent(problem -> {
            throw new FieldValidationException("employerReferenceNumber", problem);
        });
        String before = employer.summary();
        employer.recordReferenceNumber(Format.EMPLOYER_REFERENCE_NUMBER.normalise(employerReferenceNumber));
        employers.save(employer);
        events.publishEvent(RecordChanged.updated("Employer", id.value(), before, employer.summary()));
    }

    @Transactional(readOnly = true)
    public boolean mayChangeReferenceNumber(CurrentUser user) {
        return policy.canChangeReferenceNumber(viewers.of(user));
    }

    /** Removes an employer with no apprentices, and its contacts; one with apprentices stays. */
    @Transactional
    public void remove(CurrentUser user, EmployerId id) {
        requireChange(user);
        Employer employer = employers.findById(id.value()).orElseThrow(() -> new NotFoundException("Employer"));
        if (queries.isNamedByLearners(id)) {
            throw new RecordInUseException("This employer has apprentices: move or remove them first");
        }
        contacts.findByEmployer(id.value()).forEach(contact -> {
            contacts.delete(contact);
            events.publishEvent(RecordChanged.deleted("EmployerContact", contact.id(), contact.summary()));
        });
        employers.delete(employer);
        events.publishEvent(RecordChanged.deleted("Employer", id.value(), employer.summary()));
    }

    /** Whether the person may add and change employers and contacts (so pages offer the links). */
    @Transactional(readOnly = true)
    public boolean mayChange(CurrentUser user) {
        return policy.canChange(viewers.of(user));
    }

    @Transactional(readOnly = true)
    public Optional<EmployerId> findByName(String name) {
        return employers.findByName(name).map(Employer::id).map(EmployerId::new);
    }

    /** The employer with this employer reference number (docs/domain/identifiers.md), if recorded. */
    @Transactional(readOnly = true)
    public Optional<EmployerId> findByReferenceNumber(String reference) {
        String normalised = waypoint.shared.validation.Format.EMPLOYER_REFERENCE_NUMBER.normalise(reference);
        return normalised == null ? Optional.empty() : employers.findByReferenceNumber(normalised).map(Employer::id)
                .map(EmployerId::new);
    }

    private void requireChange(CurrentUser user) {
        if (!policy.canChange(viewers.of(user))) {
            throw new AccessDeniedException("Only administrators change employers");
        }
    }

    private static String ern(EmployerDetails details) {
        return Format.EMPLOYER_REFERENCE_NUMBER.normalise(details.employerReferenceNumber());
    }

    private static Address address(EmployerDetails details) {
        return new Address(Text.clean(details.addressLine1()), Text.clean(details.addressLine2()),
                Text.clean(details.town()), Format.POSTCODE.normalise(details.postcode()));
    }
}
