package waypoint.enrolment.apprenticeship;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import waypoint.catalogue.internal.StandardImporter;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/**
 * ILR files for import tests, made from the official anonymised sample: the sample itself, and files of apprentices
 * like its one apprenticeship learner ("Levy", standard LARS code 28) with reference numbers, ULNs and emails of
 * their own, so tests sharing one database never meet.
 */
final class IlrFiles {

    /** The LARS code of the sample's standard, and the catalogue standard tests give it. */
    static final int SAMPLE_LARS_CODE = 28;
    static final String SAMPLE_STANDARD = "ST9028";

    private IlrFiles() {
    }

    static String sample() {
        try (InputStream in = IlrFiles.class.getResourceAsStream("/ilr/ILR-2025-26-sample-anonymised.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything of the sample before its first learner: the header, source files and provider. */
    static String head() {
        String sample = sample();
        return sample.substring(0, sample.indexOf("\t<!-- 16 yr old learner"));
    }

    /** The sample's apprenticeship learner, as its file writes them. */
    static String levyLearner() {
        String sample = sample();
        int reference = sample.indexOf("<LearnRefNumber>Levy</LearnRefNumber>");
        int start = sample.lastIndexOf("<Learner>", reference);
        int end = sample.indexOf("</Learner>", reference) + "</Learner>".length();
        return "\t" + sample.substring(start, end) + "\n";
    }

    /** The sample's apprentice with another reference number, ULN and email, at an employer of their own. */
    static String apprentice(String reference, String uln, String email) {
        return levyLearner().replace("<LearnRefNumber>Levy<", "<LearnRefNumber>" + reference + "<")
                .replace("<ULN>1004014316<", "<ULN>" + uln + "<")
                .replace("<Email>name-name@xyz.com<", "<Email>" + email + "<")
                .replace("<EmpId>907173756<", "<EmpId>" + employerReferenceNumber() + "<");
    }

    /** A random valid employer reference number (the check digit of docs/domain/identifiers.md). */
    static String employerReferenceNumber() {
        while (true) {
            String digits = String.valueOf(java.util.concurrent.ThreadLocalRandom.current()
                    .nextInt(100_000_000, 999_999_999)).substring(0, 8);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * (9 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits + check;
            }
        }
    }

    static String file(String... learners) {
        return head() + String.join("", learners) + "</Message>\n";
    }

    static Path write(Path folder, String content) {
        try {
            Path file = Files.createTempFile(folder, "ILR-", ".xml");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the sample's standard (LARS code 28) in the catalogue; importing it again changes nothing. */
    static void sampleStandardInCatalogue(StandardImporter importer) {
        importer.importFile(new CurrentUser(UUID.randomUUID(), "admin@waypoint.test", "Alex Admin",
                Set.of(Role.ADMINISTRATOR)), """
                {
                  "referenceNumber": "%1$s", "title": "Sample standard of the ILR", "level": 3, "version": "1.0",
                  "larsCode": %2$d, "typicalDuration": 18, "maxFunding": 9000, "status": "Approved for delivery",
                  "route": "Digital",
                  "knowledges": [{"knowledgeId": "%1$s-K1", "detail": "Knowledge"}],
                  "skills": [{"skillId": "%1$s-S1", "detail": "A skill"}],
                  "behaviours": [{"behaviourId": "%1$s-B1", "detail": "A behaviour"}],
                  "duties": [{"dutyID": "%1$s-D1", "dutyDetail": "A duty", "isThisACoreDuty": 1,
                              "mappedKnowledge": ["%1$s-K1"], "mappedSkills": ["%1$s-S1"], "mappedBehaviour": []}]
                }
                """.formatted(SAMPLE_STANDARD, SAMPLE_LARS_CODE));
    }
}
