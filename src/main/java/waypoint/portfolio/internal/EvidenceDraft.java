package waypoint.portfolio.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Evidence as the form or the API gave it, once its shape is checked: the details, how it is held (for new evidence),
 * its text or link, and the KSB codes it claims. The rules that need the apprenticeship (its standard's KSBs) or the
 * day are {@link EvidenceChecks}'.
 */
public record EvidenceDraft(String title, String description, LocalDate date, EvidenceType type, EvidenceForm form,
        String body, String link, List<String> ksbs) {
}
