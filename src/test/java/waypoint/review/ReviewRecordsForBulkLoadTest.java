package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import waypoint.review.internal.ReviewContent;
import waypoint.shared.signing.Signature;
import waypoint.shared.signing.Signing;

/**
 * A review record made for a bulk load (the reference data set, docs/performance.md) is one the review module reads
 * as its own: its content reads back as the record, whose canonical text is the one kept, and a signature on that
 * text verifies.
 */
class ReviewRecordsForBulkLoadTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ReviewRecordsForBulkLoad records = new ReviewRecordsForBulkLoad(json);

    @Test
    void theRecordReadsBackWithTheSameCanonicalTextAndASignatureOnItVerifies() {
        LocalDate held = LocalDate.of(2026, 3, 12);
        ReviewRecordsForBulkLoad.Version version = records.version(3, 1, "Learner Number 7", "Employer 7",
                "ST0116 v1.1", "Staff 8", held, "I kept my log up to date.", "Agreed by the three of us.",
                List.of(new ReviewRecordsForBulkLoad.LastAction("Finish the unit", held.minusDays(42), "MET")),
                List.of(new ReviewRecordsForBulkLoad.Target("Log hours every week", held.plusDays(84))),
                held.plusDays(84));

        ReviewContent content = json.readValue(version.contentJson(), ReviewContent.class);

        assertThat(content.canonicalText(1)).isEqualTo(version.canonicalText());
        assertThat(version.canonicalText()).startsWith("Progress review 3, record version 1\nApprentice: Learner Number 7")
                .contains("Finish the unit (by ").contains(": MET").contains("Log hours every week by ")
                .contains("Functional skills planned: none");
        assertThat(content.sections()).hasSize(8).allSatisfy(s -> assertThat(s.text()).isEqualTo(
                "Agreed by the three of us."));
        assertThat(content.targets()).allSatisfy(t -> assertThat(t.ksbs()).isEmpty());
        Signature signature = new Signature(UUID.randomUUID(), "Staff 8", Instant.parse("2026-03-12T16:00:00Z"),
                "192.0.2.10", version.sha256());
        assertThat(Signing.verify(signature, content.canonicalText(1))).isEqualTo(Signing.Verification.MATCHES);
    }
}
