package waypoint.admissions.internal;

import static waypoint.admissions.internal.AdmissionState.ACCEPTED;
import static waypoint.admissions.internal.AdmissionState.CONTACTED;
import static waypoint.admissions.internal.AdmissionState.ELIGIBLE;
import static waypoint.admissions.internal.AdmissionState.NEW;
import static waypoint.admissions.internal.AdmissionState.NOT_ELIGIBLE;
import static waypoint.admissions.internal.AdmissionState.WITHDRAWN;
import static waypoint.shared.workflow.StateTable.row;

import waypoint.shared.workflow.StateTable;

/**
 * The triage of enquiries and applications, one row per allowed move (docs/domain/admissions.md, "Triage"): a new
 * one is contacted, then found eligible or not eligible (with the reason); the person may withdraw while it is
 * open; one found not eligible or withdrawn may be reopened; only an eligible application is accepted, onto its
 * cohort. Anything not in the table is refused. Drawn as docs/workflows/admissions-triage.md by TriageTableTest.
 */
public final class TriageTable {

    public static final StateTable<AdmissionState, TriageAction, StateTable.Row<AdmissionState, TriageAction>> TABLE =
            StateTable.of(
                    row(NEW, TriageAction.CONTACT, CONTACTED),
                    row(NEW, TriageAction.FIND_ELIGIBLE, ELIGIBLE),
                    row(CONTACTED, TriageAction.FIND_ELIGIBLE, ELIGIBLE),
                    row(NEW, TriageAction.FIND_NOT_ELIGIBLE, NOT_ELIGIBLE),
                    row(CONTACTED, TriageAction.FIND_NOT_ELIGIBLE, NOT_ELIGIBLE),
                    row(ELIGIBLE, TriageAction.FIND_NOT_ELIGIBLE, NOT_ELIGIBLE),
                    row(NEW, TriageAction.WITHDRAW, WITHDRAWN),
                    row(CONTACTED, TriageAction.WITHDRAW, WITHDRAWN),
                    row(ELIGIBLE, TriageAction.WITHDRAW, WITHDRAWN),
                    row(NOT_ELIGIBLE, TriageAction.REOPEN, CONTACTED),
                    row(WITHDRAWN, TriageAction.REOPEN, CONTACTED),
                    row(ELIGIBLE, TriageAction.ACCEPT, ACCEPTED));

    private TriageTable() {
    }
}
