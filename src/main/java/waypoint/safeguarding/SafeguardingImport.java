package waypoint.safeguarding;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.safeguarding.internal.Concern;
import waypoint.safeguarding.internal.ConcernAction;
import waypoint.safeguarding.internal.ConcernService;
import waypoint.safeguarding.internal.RaiseConcern;
import waypoint.safeguarding.internal.SafeguardingSettings;
import waypoint.safeguarding.internal.StaffSafeguarding;
import waypoint.organisation.StaffMemberId;

/**
 * Loads safeguarding records without a request (demo data, imports), through the same use cases people use, acting
 * as the person given: so the same rules, encryption and audit apply.
 */
@Service
public class SafeguardingImport {

    private final ConcernService concerns;
    private final SafeguardingSettings settings;
    private final StaffSafeguarding staff;
    private final JdbcClient jdbc;

    SafeguardingImport(ConcernService concerns, SafeguardingSettings settings, StaffSafeguarding staff,
            JdbcClient jdbc) {
        this.concerns = concerns;
        this.settings = settings;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean hasConcerns() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM concern)").query(Boolean.class).single();
    }

    /** Raises a concern as the reporter; {@code uln} names the learner for a reporter who is not the learner. */
    public UUID raise(CurrentUser reporter, ConcernKind kind, String uln, String whatHappened) {
        return concerns.raise(reporter, new RaiseConcern(kind, uln, whatHappened, null)).id();
    }

    public UUID raiseIncident(CurrentUser reporter, IncidentCategory category, LocalDate occurredOn, String place,
            String peopleInvolved, String injury, String whatHappened) {
        return concerns.raise(reporter, new RaiseConcern(ConcernKind.HEALTH_AND_SAFETY, null, whatHappened,
                new Concern.Incident(category, occurredOn, place, peopleInvolved, injury))).id();
    }

    public void triage(CurrentUser handler, UUID concern, RiskLevel level, Boolean riddorReportable, String note) {
        concerns.triage(handler, concern, null, level, riddorReportable, note);
    }

    public void record(CurrentUser handler, UUID concern, ActionKind kind, Agency agency, String referenceNumber,
            String details) {
        concerns.recordAction(handler, concern, null, new ConcernAction(kind, agency, referenceNumber, details));
    }

    public void shareWithTutor(CurrentUser handler, UUID concern) {
        concerns.shareWithTutor(handler, concern, null, true);
    }

    public void close(CurrentUser handler, UUID concern, String outcome) {
        concerns.close(handler, concern, null, outcome);
    }

    /**
     * Sets the designated safeguarding officer and the entitlements text (the learner handbook's) unless already set.
     */
    public void officer(CurrentUser administrator, String name, String email, String phone) {
        var current = settings.current();
        if (!current.hasOfficer()) {
            settings.change(administrator, new SafeguardingSettings.Settings(name, email, phone,
                    current.entitlementsText(), current.preventText(), current.britishValuesText(), null));
        }
    }

    public void staffRecord(CurrentUser keeper, StaffMemberId staffId, LocalDate trainingOn, LocalDate dbsCheckedOn,
            LocalDate dbsExpiresOn) {
        staff.change(keeper, staffId.value(), new StaffSafeguarding.StaffDates(trainingOn, dbsCheckedOn, dbsExpiresOn, null));
    }
}
