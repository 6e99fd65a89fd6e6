package waypoint.organisation.internal.epao;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.organisation.EpaoDetails;
import waypoint.organisation.internal.DetailsCheck;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.Paging;
import waypoint.organisation.internal.SortOrder;
import waypoint.organisation.internal.Text;
import waypoint.organisation.internal.Where;
import waypoint.shared.validation.Format;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.PageOf;

/** The end-point assessment organisations, authorised by the {@link EpaoPolicy}. */
@Service
public class EpaoService {

    public static final Map<String, List<String>> SORTS = Map.of(
            "name", List.of("lower(name)"),
            "epaoId", List.of("epao_id"));
    static final String DUPLICATE = "An EPAO with this EPAO ID is already recorded";

    private final EpaoRepository epaos;
    private final EpaoPolicy policy;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EpaoService(EpaoRepository epaos, EpaoPolicy policy, JdbcClient jdbc, Validator validator,
            ApplicationEventPublisher events, Clock clock) {
        this.epaos = epaos;
        this.policy = policy;
        this.jdbc = jdbc;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    public SortOrder sortOf(ListRequest request) {
        return SortOrder.parse(request.sort(), SORTS, "name");
    }

    @Transactional(readOnly = true)
    public PageOf<EpaoView> list(CurrentUser user, ListRequest request) {
        requireView(user);
        Where where = new Where();
        if (request.searching()) {
            where.and("(name ILIKE :q OR epao_id ILIKE :q)", "q", request.pattern());
        }
        return Paging.page(jdbc, "id, name, epao_id, contact_name, contact_email, contact_phone", "epao", where,
                sortOf(request).orderBy(SORTS, "id"), request, (rs, n) -> new EpaoView(rs.getObject("id", UUID.class),
                        rs.getString("name"), rs.getString("epao_id"), rs.getString("contact_name"),
                        rs.getString("contact_email"), rs.getString("contact_phone")));
    }

    @Transactional(readOnly = true)
    public EpaoView view(CurrentUser user, UUID id) {
        requireView(user);
        return EpaoView.of(epaos.findById(id).orElseThrow(() -> new NotFoundException("EPAO")));
    }

    @Transactional
    public UUID create(CurrentUser user, EpaoDetails details) {
        requireChange(user);
        return register(details);
    }

    /** For the system (demo data, imports). */
    @Transactional
    public UUID register(EpaoDetails details) {
        check(details, null);
        Epao epao = epaos.save(Epao.register(Text.clean(details.name()), Format.EPAO_ID.normalise(details.epaoId()),
                Text.clean(details.contactName()), Format.EMAIL.normalise(details.contactEmail()),
                Format.PHONE.normalise(details.contactPhone()), clock.instant()));
        events.publishEvent(RecordChanged.created("Epao", epao.id(), epao.summary()));
        return epao.id();
    }

    @Transactional
    public void change(CurrentUser user, UUID id, EpaoDetails details) {
        requireChange(user);
        Epao epao = epaos.findById(id).orElseThrow(() -> new NotFoundException("EPAO"));
        check(details, id);
        String before = epao.summary();
        epao.change(Text.clean(details.name()), Format.EPAO_ID.normalise(details.epaoId()),
                Text.clean(details.contactName()), Format.EMAIL.normalise(details.contactEmail()),
                Format.PHONE.normalise(details.contactPhone()));
        epaos.save(epao);
        events.publishEvent(RecordChanged.updated("Epao", id, before, epao.summary()));
    }

    @Transactional
    public void remove(CurrentUser user, UUID id) {
        requireChange(user);
        Epao epao = epaos.findById(id).orElseThrow(() -> new NotFoundException("EPAO"));
        epaos.delete(epao);
        events.publishEvent(RecordChanged.deleted("Epao", id, epao.summary()));
    }

    public boolean mayChange(CurrentUser user) {
        return policy.canChange(user);
    }

    @Transactional(readOnly = true)
    public Optional<UUID> findByEpaoId(String epaoId) {
        return epaos.findByEpaoId(Format.EPAO_ID.normalise(epaoId)).map(Epao::id);
    }

    private void check(EpaoDetails details, UUID self) {
        DetailsCheck check = DetailsCheck.of(validator, details);
        if (check.isFine("epaoId")) {
            epaos.findByEpaoId(Format.EPAO_ID.normalise(details.epaoId())).filter(other -> !other.id().equals(self))
                    .ifPresent(other -> check.reject("epaoId", DUPLICATE));
        }
        check.throwIfInvalid();
    }

    private void requireView(CurrentUser user) {
        if (!policy.canView(user)) {
            throw new AccessDeniedException("Only staff see EPAOs");
        }
    }

    private void requireChange(CurrentUser user) {
        if (!policy.canChange(user)) {
            throw new AccessDeniedException("Only administrators change EPAOs");
        }
    }
}
