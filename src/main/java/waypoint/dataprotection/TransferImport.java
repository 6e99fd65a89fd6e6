package waypoint.dataprotection;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import waypoint.dataprotection.internal.transfer.TransferPack;
import waypoint.dataprotection.internal.transfer.TransferPackExport;
import waypoint.dataprotection.internal.transfer.TransferPackImport;
import waypoint.organisation.LearnerId;
import waypoint.organisation.StaffMemberId;

/**
 * Transfer packs made and brought in by the system rather than a person: the demo provider's learner who moved in
 * from another provider (docs/domain/transfer-pack.md). The pack is made and brought in through the same code as on
 * the pages, so the same checks apply; no one is asked for permission.
 */
@Service
public class TransferImport {

    /** Who the learner is at the provider they come from. */
    public record Identity(String givenNames, String familyName, String uln, String niNumber, String email) {
    }

    private final TransferPackExport export;
    private final TransferPackImport imports;
    private final JdbcClient jdbc;
    private final Clock clock;

    TransferImport(TransferPackExport export, TransferPackImport imports, JdbcClient jdbc, Clock clock) {
        this.export = export;
        this.imports = imports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether a transfer pack has brought in the learner with this email. */
    public boolean broughtIn(String email) {
        return jdbc.sql("""
                SELECT count(*) FROM transfer_pack_import t JOIN organisation.learner l ON l.id = t.learner_id
                WHERE lower(l.email) = lower(:e)""").param("e", email).query(Long.class).single() > 0;
    }

    /**
     * Makes a pack of the learner {@code model} as the provider {@code from} would have made it of someone else (the
     * identity given), and brings it in on the tutor's caseload: the learner id brought in.
     */
    public UUID broughtInFrom(String from, String fromUkprn, LearnerId model, Identity who, StaffMemberId tutorId) {
        TransferPack made = export.gather(model.value(), clock.instant(), new TransferPack.Agreement(
                java.time.LocalDate.now(clock).minusDays(10), TransferPackExport.AgreementHow.IN_WRITING.name(),
                "Signed transfer form", "Their data protection officer", "this provider"));
        TransferPack.Learner l = made.learner();
        TransferPack pack = new TransferPack(made.format(), from, fromUkprn, made.exportedAt(), made.agreement(),
                new TransferPack.Learner(who.givenNames(), who.familyName(), l.dateOfBirth(), who.uln(), who.niNumber(),
                        who.email(), null, l.addressLine1(), l.addressLine2(), l.town(), l.postcode()),
                made.apprenticeships());
        Path file = null;
        try {
            file = Files.createTempFile("demo-transfer-pack-", ".zip");
            try (OutputStream out = Files.newOutputStream(file)) {
                export.writeTo(pack, out);
            }
            TransferPackImport.Outcome outcome = imports.importForTheSystem(file, tutorId.value());
            if (!outcome.imported()) {
                throw new IllegalStateException("The transfer pack was not brought in: " + outcome.problems());
            }
            return outcome.learnerId();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file the system clears
                }
            }
        }
    }
}
