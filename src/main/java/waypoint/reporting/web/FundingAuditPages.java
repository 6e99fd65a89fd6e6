package waypoint.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.reporting.internal.evidence.EvidenceSample;
import waypoint.reporting.internal.evidence.EvidenceSamples;
import waypoint.reporting.internal.evidence.FundingRisk;
import waypoint.reporting.internal.evidence.KeptRisks;
import waypoint.reporting.internal.evidence.RiskFinding;
import waypoint.reporting.internal.evidence.RiskList;
import waypoint.reporting.internal.evidence.SampleChoice;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;
import waypoint.shared.web.NavigationItem;

/**
 * Funding audit (docs/domain/audit-and-inspection.md): the known risks across the apprenticeships (a page and a CSV
 * file), and samples of evidence packs chosen at random or by risk, made in the background with a page that shows
 * how far they have got and the download when ready. For quality, heads of delivery, directors, the data officer
 * and administrators.
 */
@Controller
class FundingAuditPages {

    private final KeptRisks keptRisks;
    private final EvidenceSamples samples;

    FundingAuditPages(KeptRisks keptRisks, EvidenceSamples samples) {
        this.keptRisks = keptRisks;
        this.samples = samples;
    }

    /** The sample form: every field as typed, so a wrong one comes back as it was with its message. */
    record SampleForm(String size, String method, String seed, String year, String standard) {

        static SampleForm blank() {
            return new SampleForm(String.valueOf(EvidenceSamples.DEFAULT_SIZE), SampleChoice.Method.RANDOM.name(), "",
                    "", "");
        }

        EvidenceSamples.Request request() {
            int n = number("size", size, "Enter how many apprentices to sample, like 30").intValue();
            Long chosenSeed = seed == null || seed.isBlank() ? null
                    : number("seed", seed, "Enter the seed as a whole number, like 48213, or leave it empty");
            Long fundingYear = year == null || year.isBlank() ? null
                    : number("year", year, "Enter the year the funding year starts in, like 2025");
            SampleChoice.Method chosen = Arrays.stream(SampleChoice.Method.values())
                    .filter(m -> m.name().equals(method)).findFirst().orElse(null);
            return new EvidenceSamples.Request(n, chosen, chosenSeed,
                    fundingYear == null ? null : (int) Math.max(Integer.MIN_VALUE,
                            Math.min(Integer.MAX_VALUE, fundingYear)), standard);
        }

        private static Long number(String field, String text, String message) {
            try {
                return Long.parseLong(text == null ? "" : text.trim().replace(",", ""));
            } catch (NumberFormatException e) {
                throw new FieldValidationException(field, message);
            }
        }
    }

    private static RiskList.Filter filter(String year, String standard) {
        Integer from = null;
        if (year != null && year.matches("\\d{4}")) {
            from = Integer.parseInt(year);
        }
        return new RiskList.Filter(from, standard == null || standard.isBlank() ? null : standard);
    }

    @GetMapping("/funding-audit")
    String home(CurrentUser user, Model model) {
        return home(user, SampleForm.blank(), model);
    }

    private String home(CurrentUser user, SampleForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("methods", SampleChoice.Method.values());
        model.addAttribute("samples", samples.newest(user));
        model.addAttribute("risks", FundingRisk.values());
        return "reporting/funding-audit";
    }

    @PostMapping("/funding-audit/samples")
    String sample(CurrentUser user, @ModelAttribute("form") SampleForm form, BindingResult result, Model model) {
        try {
            EvidenceSample sample = samples.request(user, form.request());
            return "redirect:/funding-audit/samples/" + sample.id();
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return home(user, form, model);
        }
    }

    @GetMapping("/funding-audit/samples/{id}")
    String sample(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("sample", samples.find(user, id));
        model.addAttribute("members", samples.members(user, id));
        return "reporting/funding-audit-sample";
    }

    @GetMapping("/funding-audit/samples/{id}.zip")
    void sampleZip(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) {
        streamZip(samples, user, id, response);
    }

    /** Streams a ready sample's ZIP (the page's download and the API's), refused before anything is written. */
    static void streamZip(EvidenceSamples samples, CurrentUser user, UUID id, HttpServletResponse response) {
        samples.download(user, id, sample -> {
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", ContentDisposition.attachment()
                    .filename("funding-audit-sample-" + sample.seed() + ".zip").build().toString());
            if (sample.fileSize() != null) {
                response.setContentLengthLong(sample.fileSize());
            }
            try {
                return response.getOutputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The kept risk list (docs/domain/audit-and-inspection.md, "Known risks"): the counts and a page of the apprentices
     * flagged, as at the time the list was worked out; a warning, never an empty list, when it has not been yet; and,
     * while it is being worked out again, since when (the new list replaces this one when it is done).
     */
    @GetMapping("/funding-audit/risks")
    String risks(CurrentUser user, @RequestParam(required = false) String risk,
            @RequestParam(required = false) String year, @RequestParam(required = false) String standard,
            @RequestParam(required = false) Integer page, Model model) {
        FundingRisk chosen = FundingRisk.named(risk).orElse(null);
        Optional<KeptRisks.Page> kept = keptRisks.page(user, filter(year, standard), chosen, page == null ? 0 : page);
        model.addAttribute("kept", kept.orElse(null));
        model.addAllAttributes(keptRisks.standing().attributes());
        model.addAttribute("chosen", chosen);
        model.addAttribute("year", year == null ? "" : year);
        model.addAttribute("standard", standard == null ? "" : standard);
        model.addAttribute("pagesUrl", UriComponentsBuilder.fromPath("/funding-audit/risks")
                .queryParamIfPresent("risk", Optional.ofNullable(chosen).map(FundingRisk::name))
                .queryParamIfPresent("year", Optional.ofNullable(year).filter(y -> !y.isBlank()))
                .queryParamIfPresent("standard", Optional.ofNullable(standard).filter(s -> !s.isBlank()))
                .encode().build().toUriString());
        return "reporting/funding-risks";
    }

    /**
     * "Work out the risks again now": the list is worked out in the background and the page says so at once; while one
     * is under way nothing more is started.
     */
    @PostMapping("/funding-audit/risks")
    String workOutRisks(CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute(keptRisks.workOutNow(user).flash(), true);
        return "redirect:/funding-audit/risks";
    }

    /**
     * Every kept finding that needs attention as a CSV file, each row written as it is read (22.9 MB at the reference
     * scale, never held whole); before the list was ever worked out, back to the list, which says so (an empty file
     * would read as no risks).
     */
    @GetMapping("/funding-audit/risks.csv")
    void risksCsv(CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String standard, HttpServletResponse response) {
        List<String> columns = List.of("Apprentice", "Employer", "Standard", "Start", "Status", "Risk", "Finding",
                "Why");
        // the file begins with the first line read, once the reader's access and the list's being kept are checked
        CsvTable[] csv = {null};
        Optional<KeptRisks.WorkedOut> workedOut = keptRisks.eachNeedingAttention(user, filter(year, standard),
                line -> {
                    if (csv[0] == null) {
                        csv[0] = CsvDownload.writingTo(response, "funding-risks.csv", columns);
                    }
                    for (RiskFinding f : line.needingAttention()) {
                        csv[0].row(line.learnerName(), line.employerName(), line.standard(), line.startDate(),
                                line.status(), f.risk().words(), f.verdict().words(), f.words());
                    }
                });
        if (workedOut.isEmpty()) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(HttpHeaders.LOCATION, "/funding-audit/risks");
            return;
        }
        if (csv[0] == null) {
            csv[0] = CsvDownload.writingTo(response, "funding-risks.csv", columns);
        }
        csv[0].flush();
    }

    /** Funding audit is one of the leaders' reports. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        private static final Set<String> READERS = Set.of(Role.QUALITY.name(), Role.HEAD_OF_DELIVERY.name(),
                Role.DIRECTOR.name(), Role.DATA_OFFICER.name(), Role.ADMINISTRATOR.name());

        @Bean
        NavigationItem fundingAuditNavigation() {
            return NavigationItem.report("Funding audit", "/funding-audit", 87, READERS,
                    "Samples of apprentices with the evidence behind what was claimed, and every apprentice with a funding risk.");
        }
    }
}
