package waypoint.organisation.internal.employer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.ContactDetails;
import waypoint.organisation.internal.DetailsCheck;
import waypoint.organisation.internal.PersonAccounts;
import waypoint.organisation.internal.RecordInUseException;
import waypoint.organisation.internal.Text;
import waypoint.organisation.internal.Viewer;
import waypoint.organisation.internal.Viewers;
import waypoint.shared.validation.Format;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.organisation.EmployerId;

/**
 * An employer's contacts (line managers and others). Each signs in with an account of their own, as an employer
 * contact; the contact's email and name are kept in step with it.
 */
@Service
public class ContactService {

    private static final Set<Role> ROLES = Set.of(Role.EMPLOYER_CONTACT);

    private final EmployerRepository employers;
    private final EmployerContactRepository contacts;
    private final EmployerQueries queries;
    private final EmployerPolicy policy;
    private final Viewers viewers;
    private final PersonAccounts accounts;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactService(EmployerRepository employers, EmployerContactRepository contacts, EmployerQueries queries,
            EmployerPolicy policy, Viewers viewers, PersonAccounts accounts, Validator validator,
            ApplicationEventPublisher events, Clock clock) {
        this.employers = employers;
        this.contacts = contacts;
        this.queries = queries;
        this.policy = policy;
        this.viewers = viewers;
        this.accounts = accounts;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ContactView> list(CurrentUser user, EmployerId employerId) {
        requireView(user, employerId);
        return contacts.findByEmployer(employerId.value()).stream().map(ContactView::of).toList();
    }

    @Transactional(readOnly = true)
    public ContactView view(CurrentUser user, EmployerId employerId, UUID contactId) {
        requireView(user, employerId);
        return ContactView.of(load(employerId, contactId));
    }

    /** Adds a contact and invites them to set a password. */
    @Transactional
    public UUID add(CurrentUser user, EmployerId employerId, ContactDetails details) {
        requireChange(user);
        requireEmployer(employerId);
        check(details, null);
        UUID account = accounts.openAndInvite(Format.EMAIL.normalise(details.email()), Text.clean(details.name()), ROLES);
        return save(employerId, account, details);
    }

    /** For the system (demo data, imports): links an existing account with the email, and sends no invitation. */
    @Transactional
    public UUID register(EmployerId employerId, ContactDetails details) {
        requireEmployer(employerId);
        DetailsCheck.of(validator, details).throwIfInvalid();
        UUID account = accounts.openOrLink(Format.EMAIL.normalise(details.email()), Text.clean(details.name()), ROLES);
        return save(employerId, account, details);
    }

    @Transactional
    public void change(CurrentUser user, EmployerId employerId, UUID contactId, ContactDetails details) {
        requireChange(user);
        EmployerContact contact = load(employerId, contactId);
        check(details, contact.accountId());
        String before = contact.summary();
        contact.change(Text.clean(details.name()), Format.EMAIL.normalise(details.email()),
                Format.PHONE.normalise(details.phone()));
        accounts.changeDetails(contact.accountId(), contact.email(), contact.name());
        contacts.save(contact);
        events.publishEvent(RecordChanged.updated("EmployerContact", contactId, before, contact.summary()));
    }

    /** Removes a contact who is no learner's line manager. (Their account stays, for identity to disable.) */
    @Transactional
    public void remove(CurrentUser user, EmployerId employerId, UUID contactId) {
        requireChange(user);
        EmployerContact contact = load(employerId, contactId);
        if (queries.isLineManager(contactId)) {
            throw new RecordInUseException("This contact is a learner's line manager: choose another line manager first");
        }
        contacts.delete(contact);
        events.publishEvent(RecordChanged.deleted("EmployerContact", contactId, contact.summary()));
    }

    @Transactional(readOnly = true)
    public Optional<UUID> findByEmail(String email) {
        return contacts.findByEmail(email).map(EmployerContact::id);
    }

    private UUID save(EmployerId employerId, UUID account, ContactDetails details) {
        EmployerContact contact = contacts.save(EmployerContact.add(employerId.value(), account,
                Text.clean(details.name()),
                Format.EMAIL.normalise(details.email()), Format.PHONE.normalise(details.phone()), clock.instant()));
        events.publishEvent(RecordChanged.created("EmployerContact", contact.id(), contact.summary()));
        return contact.id();
    }

    private void check(ContactDetails details, UUID ownAccount) {
        DetailsCheck check = DetailsCheck.of(validator, details);
        accounts.checkEmailFree(check, Format.EMAIL.normalise(details.email()), ownAccount);
        check.throwIfInvalid();
    }

    private EmployerContact load(EmployerId employerId, UUID contactId) {
        return contacts.findById(contactId).filter(c -> c.employerId().equals(employerId.value()))
                .orElseThrow(() -> new NotFoundException("Contact"));
    }

    private void requireEmployer(EmployerId employerId) {
        if (!employers.existsById(employerId.value())) {
            throw new NotFoundException("Employer");
        }
    }

    private void requireView(CurrentUser user, EmployerId employerId) {
        Viewer viewer = viewers.of(user);
        if (!policy.canView(viewer, employerId)) {
            throw new NotFoundException("Employer");
        }
        requireEmployer(employerId);
    }

    private void requireChange(CurrentUser user) {
        if (!policy.canChange(viewers.of(user))) {
            throw new AccessDeniedException("Only administrators change employer contacts");
        }
    }
}
