package waypoint.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipImport;
import waypoint.organisation.OrganisationImport;

/**
 * Three apprentices of Riverside Digital Agency brought in from the demo provider's last ILR return of the system it
 * used before Waypoint (docs/domain/ilr-import.md): one in learning, one withdrawn, one on a break in learning (expected
 * back five weeks from the day the demo is loaded), each keeping its learner reference number from that system, on
 * Robin Reed's caseload; the two still under way then have their line manager named, as the file names none.
 */
@Component
class DemoIlrImport {

    private static final Logger log = LoggerFactory.getLogger(DemoIlrImport.class);
    static final String FILE = "demo/ilr/ILR-previous-system-2025-26.xml";
    static final String FIRST_REFERENCE = "MIG0000101";
    /** The learner reference numbers the file brings in. */
    static final java.util.List<String> REFERENCES = java.util.List.of(FIRST_REFERENCE, "MIG0000102", "MIG0000103");
    /** Riverside Digital Agency's contact (DemoOrganisation). */
    private static final String LINE_MANAGER = "casey.lin@riverside.test";

    private final ApprenticeshipImport enrolment;
    private final OrganisationImport organisation;
    private final waypoint.enrolment.Apprenticeships apprenticeships;
    private final java.time.Clock clock;

    DemoIlrImport(ApprenticeshipImport enrolment, OrganisationImport organisation,
            waypoint.enrolment.Apprenticeships apprenticeships, java.time.Clock clock) {
        this.apprenticeships = apprenticeships;
        this.enrolment = enrolment;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * The file names no line manager: the provider names Casey Lin at Riverside for those still under way, as it would
     * once the records are in, so the employer can rate the skills scan and sign.
     */
    private void nameTheLineManager() {
        var casey = organisation.findContact(LINE_MANAGER);
        if (casey.isEmpty()) {
            return;
        }
        for (String reference : REFERENCES) {
            organisation.findLearnerByReference(reference).map(apprenticeships::ofLearner).orElse(java.util.List.of())
                    .stream().filter(a -> a.isActive() && a.lineManagerId() == null)
                    .forEach(a -> enrolment.nameLineManager(a.id(), casey.get(), java.time.LocalDate.now(clock),
                            "Named once the records came in from the previous system"));
        }
    }

    void load() {
        if (organisation.findLearnerByReference(FIRST_REFERENCE).isPresent()) {
            nameTheLineManager(); // demo data kept from a release before line managers could be named
            return;
        }
        var tutor = organisation.findStaff(DemoOrganisation.EXTRA_TUTOR);
        if (tutor.isEmpty()) {
            return;
        }
        try {
            Path file = Files.createTempFile("demo-ilr-", ".xml");
            try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                int brought = enrolment.fromIlrFile(file, tutor.get(), new BigDecimal("37.5"),
                        java.time.LocalDate.now(clock).plusWeeks(5));
                log.info("Demo data: brought in {} apprentices from the previous system's ILR file", brought);
                nameTheLineManager();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException notImported) {
            log.warn("Demo data: {}", notImported.getMessage());
        }
    }
}
