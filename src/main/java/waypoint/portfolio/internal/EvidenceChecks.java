package waypoint.portfolio.internal;

import static waypoint.portfolio.internal.Texts.blank;
import static waypoint.portfolio.internal.Texts.parse;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * Evidence as typed on a form or sent to the API, checked field by field (every error reported together), and the
 * version it makes: a file is kept and scanned, text or a link is kept as written.
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

    /** Every field checked at once, so the form shows every error together. */
    Checked check(ApprenticeshipSummary a, EvidenceDraft d, Upload upload, boolean withContent) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = null;
        if (blank(d.title())) {
            errors.put("title", "Enter a title");
        } else if (d.title().strip().length() > 200) {
            errors.put("title", "The title must be 200 characters or fewer");
        } else {
            title = d.title().strip();
        }
        String description = blank(d.description()) ? null : d.description().strip();
        if (description != null && description.length() > 10_000) {
            errors.put("description", "The description must be 10,000 characters or fewer");
        }
        LocalDate date = null;
        if (blank(d.date())) {
            errors.put("date", "Enter the date of the evidence");
        } else {
            try {
                date = DateText.parse(d.date()).orElseThrow(() -> new DateTimeParseException("Not a date", d.date(), 0));
                if (date.isAfter(LocalDate.now(clock))) {
                    errors.put("date", "The date must be today or in the past");
                }
            } catch (DateTimeParseException wrong) {
                errors.put("date", "Enter a real date, like 27/4/2026");
            }
        }
        EvidenceType type = parse(EvidenceType.class, d.type());
        if (type == null) {
            errors.put("type", "Choose the type of evidence");
        }
        Set<String> claimed = new LinkedHashSet<>();
        List<String> codes = ksbs.codes(a);
        for (String k : d.ksbs() == null ? List.<String>of() : d.ksbs()) {
            if (!blank(k)) {
                String code = k.strip().toUpperCase();
                if (!codes.contains(code)) {
                    errors.put("ksbs", "Choose KSBs of the standard: " + code + " is not one");
                }
                claimed.add(code);
            }
        }
        if (claimed.isEmpty() && !errors.containsKey("ksbs")) {
            errors.put("ksbs", "Choose at least one KSB this evidence shows");
        }
        EvidenceForm form = null;
        Content content = null;
        if (withContent) {
            form = parse(EvidenceForm.class, d.form());
            if (form == null) {
                errors.put("form", "Choose whether the evidence is a file, a link or written text");
            } else {
                content = content(form, d.body(), d.link(), upload, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        return new Checked(new EvidenceItem.Details(title, description, date, type), claimed, form, content);
    }

    /** The content of a new version in the item's form: new text, a new link or a new file. */
    Content content(EvidenceForm form, String body, String link, Upload upload) {
        Map<String, String> errors = new LinkedHashMap<>();
        Content content = content(form, body, link, upload, errors);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        return content;
    }

    private static Content content(EvidenceForm form, String body, String link, Upload upload,
            Map<String, String> errors) {
        switch (form) {
            case FILE -> {
                if (upload == null) {
                    errors.put("file", "Choose a file");
                }
                return new Content(null, null);
            }
            case LINK -> {
                if (blank(link)) {
                    errors.put("link", "Enter the link to the evidence");
                } else if (!isWebLink(link.strip())) {
                    errors.put("link", "Enter a link starting https:// or http://");
                } else {
                    return new Content(null, link.strip());
                }
                return new Content(null, null);
            }
            case TEXT -> {
                if (blank(body)) {
                    errors.put("body", "Write the evidence");
                } else if (body.length() > 100_000) {
                    errors.put("body", "The text must be 100,000 characters or fewer");
                } else {
                    return new Content(body.strip(), null);
                }
                return new Content(null, null);
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
