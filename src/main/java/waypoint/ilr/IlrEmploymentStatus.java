package waypoint.ilr;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code LearnerEmploymentStatus}: the learner's employment status from a date ({@code EmpStat},
 * {@code DateEmpStatApp}), the employer's reference number ({@code EmpId}) and the monitoring codes (ESMType EII
 * hours, LOE length of employment, BSI benefits, SEI, SEM, OET) (docs/domain/ilr.md, "Employment status").
 */
public record IlrEmploymentStatus(int empStat, LocalDate dateEmpStatApp, Integer empId, List<Monitoring> monitoring) {

    public IlrEmploymentStatus {
        monitoring = List.copyOf(monitoring == null ? List.of() : monitoring);
    }

    /** {@code EmploymentStatusMonitoring}: type and code. */
    public record Monitoring(String type, int code) {
    }

    public Optional<Integer> monitoringCode(String type) {
        return monitoring.stream().filter(m -> m.type().equals(type)).map(Monitoring::code).findFirst();
    }
}
