package waypoint.review.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import waypoint.identity.CurrentUser;
import waypoint.review.internal.PriorReviewRecords;
import waypoint.review.internal.PriorReviewStore;
import waypoint.review.internal.ReviewService;
import waypoint.shared.NotFoundException;

/**
 * A review held with the apprentice's previous provider (docs/domain/progress-reviews.md, "Reviews with a previous
 * provider"), read-only, and the signed record their transfer pack brought with it (docs/domain/transfer-pack.md):
 * for the apprenticeship's people only.
 */
@Controller
class PriorReviewPages {

    private final ReviewService reviews;
    private final PriorReviewRecords records;

    PriorReviewPages(ReviewService reviews, PriorReviewRecords records) {
        this.reviews = reviews;
        this.records = records;
    }

    @GetMapping("/prior-reviews/{id}")
    String priorReview(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("prior", reviews.priorReview(user, id));
        model.addAttribute("signedRecord", records.signedRecordOf(user, id).orElse(null));
        return "review/prior-review";
    }

    /** Authorised first, then streamed as an attachment under the name it came with. */
    @GetMapping("/prior-reviews/{id}/signed-record")
    ResponseEntity<InputStreamResource> signedRecord(CurrentUser user, @PathVariable UUID id) throws IOException {
        PriorReviewStore.SignedRecord record = records.signedRecordOf(user, id)
                .orElseThrow(() -> new NotFoundException("Signed record"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(record.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(record.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(records.open(record)));
    }
}
