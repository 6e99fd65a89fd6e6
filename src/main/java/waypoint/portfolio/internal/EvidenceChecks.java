package waypoint.portfolio.internal;

import static waypoint.portfolio.internal.Texts.blank;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.shared.web.FieldValidationException;

/**
 * The rules of evidence a form cannot check on its own (docs/domain/portfolio.md), and the version it makes: a file
 * is kept and scanned, text or a link is kept as written.
 */
@Component
class EvidenceChecks {

    private final KsbCatalogue ksbs;
    private final PortfolioFiles files;
    private final Clock clock;

    EvidenceChecks(KsbCatalogue ksbs, PortfolioFiles files, Clock clock) {
        this.ksbs = ksbs;
        this.files = files;
        this.clock = clock;
    }

    /** What a draft says once checked: its details, the KSBs it claims and, for new evidence, its content. */
    record Checked(EvidenceItem.Details details, Set<String> ksbs, EvidenceForm form, Content content) {
    }

    /** The text or link of a version (a file comes as an {@link Upload}). */
    record Content(String body, String link) {
    }

    /**
     * The rules of evidence the form cannot check: its date is not after today, it claims KSBs of the apprentice's
     * standard and, for new evidence, it holds what its form says (a file, a link or text). The form has checked
     * what was typed; each rule is refused as the module's field error.
     */
    Checked check(ApprenticeshipSummary a, EvidenceDraft d, Upload upload, boolean withContent) {
        if (d.date().isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException("date", "The date must be today or in the past");
        }
        Set<String> claimed = new LinkedHashSet<>();
        List<String> codes = ksbs.codes(a);
        for (String k : d.ksbs()) {
            String code = k.strip().toUpperCase();
            if (!codes.contains(code)) {
                throw new FieldValidationException("ksbs", "Choose KSBs of the standard: " + code + " is not one");
            }
            claimed.add(code);
        }
        Content content = withContent ? content(d.form(), d.body(), d.link(), upload) : null;
        return new Checked(new EvidenceItem.Details(d.title(), d.description(), d.date(), d.type()), claimed,
                withContent ? d.form() : null, content);
    }

    /** The content of a version in the evidence's form: text, a link or a file, as the form says. */
    Content content(EvidenceForm form, String body, String link, Upload upload) {
        switch (form) {
            case FILE -> {
                if (upload == null) {
                    throw new FieldValidationException("file", "Choose a file");
                }
                return new Content(null, null);
            }
            case LINK -> {
                if (blank(link)) {
                    throw new FieldValidationException("link", "Enter the link to the evidence");
                }
                if (!isWebLink(link.strip())) {
                    throw new FieldValidationException("link", "Enter a link starting https:// or http://");
                }
                return new Content(null, link.strip());
            }
            case TEXT -> {
                if (blank(body)) {
                    throw new FieldValidationException("body", "Write the evidence");
                }
                if (body.length() > 100_000) {
                    throw new FieldValidationException("body", "The text must be 100,000 characters or fewer");
                }
                return new Content(body.strip(), null);
            }
        }
        throw new IllegalArgumentException(String.valueOf(form));
    }

    /** The version: a file is kept (and scanned) here; text or a link as checked. */
    EvidenceVersion version(UUID evidenceId, int number, EvidenceForm form, Content content, Upload upload,
            String note, UUID by, Instant now) {
        if (form == EvidenceForm.FILE) {
            PortfolioFiles.Kept kept = files.keep(upload.name(), upload.content(), PortfolioFiles.EVIDENCE);
            var f = kept.file();
            return new EvidenceVersion(evidenceId, number, null, null, f.fileId(), f.name(), f.mediaType(), f.size(),
                    f.sha256(), kept.scan(), note, by, now);
        }
        return new EvidenceVersion(evidenceId, number, content.body(), content.link(), null, null, null, null, null,
                Scan.NOT_SCANNED, note, by, now);
    }

    static boolean isWebLink(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && text.length() <= 2000;
        } catch (IllegalArgumentException wrong) {
            return false;
        }
    }
}
