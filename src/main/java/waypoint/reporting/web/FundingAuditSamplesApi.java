package waypoint.reporting.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.evidence.EvidenceSample;
import waypoint.reporting.internal.evidence.EvidenceSamples;
import waypoint.reporting.internal.evidence.SampleChoice;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.PageOf;

/**
 * Funding audit samples through the API (docs/domain/audit-and-inspection.md, "Samples"), as on the funding audit
 * page and through the same service, so access and the audit trail are the page's: quality, heads of delivery,
 * directors, the data officer and administrators draw a sample (any number up to 500, at random or by risk, for a
 * funding year and a standard), follow it while its packs are written in the background, and download its ZIP.
 */
@RestController
@RequestMapping("/api/v1/funding-audit/samples")
class FundingAuditSamplesApi {

    private final EvidenceSamples samples;
    private final Validator validator;

    FundingAuditSamplesApi(EvidenceSamples samples, Validator validator) {
        this.samples = samples;
        this.validator = validator;
    }

    /**
     * A sample asked for: {@code size} apprentices (1 to 500), {@code how} "random" or "risk"; optionally the
     * {@code seed} of an earlier random sample to choose the same again, the {@code year} the funding year starts in
     * and a {@code standard}'s reference.
     */
    record SampleRequest(
            @NotNull(message = "Enter how many apprentices to sample, like 30") Integer size,
            @NotBlank(message = HOW) @Pattern(regexp = "(?i)\\s*(random|risk)\\s*", message = HOW) String how,
            Long seed, Integer year, String standard) {

        static final String HOW = "Choose how to pick the sample: random or risk";

        /** The request, once checked. */
        EvidenceSamples.Request request() {
            SampleChoice.Method method = how.strip().equalsIgnoreCase("risk") ? SampleChoice.Method.RISK
                    : SampleChoice.Method.RANDOM;
            return new EvidenceSamples.Request(size, method, seed, year, standard);
        }
    }

    record Member(int position, ApprenticeshipId apprenticeshipId, String apprentice, String employer,
            String standard, String why) {
    }

    /** A sample; {@code members} only when one sample is asked for, {@code packs} once its ZIP is ready. */
    record Sample(UUID id, String state, String stateWords, String how, long seed, int sizeAsked, int chosen,
            int packed, int percent, Integer year, String standard, String requestedBy, Instant requestedAt,
            Instant finishedAt, String failure, Long fileSize, String packs, List<Member> members) {

        static Sample of(EvidenceSample s, List<Member> members) {
            return new Sample(s.id(), s.state().name(), s.state().words(), s.chosenBy().name().toLowerCase(Locale.ROOT),
                    s.seed(), s.sizeAsked(), s.chosen(), s.packed(), s.percent(), s.fundingYear(), s.standard(),
                    s.requestedByName(), s.requestedAt(), s.finishedAt(), s.failure(), s.fileSize(),
                    s.isReady() ? "/api/v1/funding-audit/samples/" + s.id() + "/packs" : null, members);
        }
    }

    @PostMapping
    @Operation(summary = "Draw a funding audit sample and queue the export of its evidence packs",
            description = "size: how many apprentices (1 to 500); how: random or risk (the most flagged first); seed: "
                    + "repeat an earlier random sample; year: the year the funding year starts in; standard: a "
                    + "standard's reference. The apprentices are chosen at once; their packs are written in the "
                    + "background: follow the sample until its state is READY, then download its packs.")
    ResponseEntity<Sample> draw(CurrentUser user, @RequestBody SampleRequest body) {
        FormChecks.require(validator, body);
        EvidenceSample sample = samples.request(user, body.request());
        return ResponseEntity.created(URI.create("/api/v1/funding-audit/samples/" + sample.id()))
                .body(Sample.of(sample, null));
    }

    @GetMapping
    @Operation(summary = "Every funding audit sample, newest first, a page of 25 at a time",
            description = "page counts from 0; total is the number of samples.")
    PageOf<Sample> newest(CurrentUser user, @RequestParam(defaultValue = "0") int page) {
        int number = Math.max(0, Math.min(page, Integer.MAX_VALUE / PageOf.DEFAULT_SIZE));
        List<Sample> items = samples.newest(user, number * PageOf.DEFAULT_SIZE, PageOf.DEFAULT_SIZE).stream()
                .map(s -> Sample.of(s, null)).toList();
        return new PageOf<>(items, number, PageOf.DEFAULT_SIZE, samples.count(user));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One funding audit sample: how far its export has got, and the apprentices chosen and why")
    Sample sample(CurrentUser user, @PathVariable UUID id) {
        EvidenceSample sample = samples.find(user, id);
        return Sample.of(sample, samples.members(user, id).stream().map(m -> new Member(m.position(),
                m.apprenticeshipId(), m.learnerName(), m.employerName(), m.standard(), m.why())).toList());
    }

    @GetMapping("/{id}/packs")
    @Operation(summary = "The sample's evidence packs in one ZIP, streamed",
            description = "One folder per apprentice (its index PDF and files) and a sample index CSV. A sample still "
                    + "being made, or one that failed, answers 409. Every apprentice's download is on the audit trail.")
    ResponseEntity<ProblemDetail> packs(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) {
        EvidenceSample sample = samples.find(user, id);
        if (!sample.isReady()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, sample.isUnderway()
                    ? "The sample is still being made (" + sample.packed() + " of " + sample.chosen()
                            + " packs written): ask again when its state is READY."
                    : "The sample could not be made: " + sample.failure());
            problem.setTitle("Not ready");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        FundingAuditPages.streamZip(samples, user, id, response);
        return null;
    }
}
