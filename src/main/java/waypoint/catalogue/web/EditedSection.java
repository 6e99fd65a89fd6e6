package waypoint.catalogue.web;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/** The part of a standard an administrator just saved, named in the success banner after the redirect. */
enum EditedSection {
    EPA_METHODS("epa-methods", "End-point assessment methods", "epa-methods"),
    GRADING("grading", "Grading table", "grading"),
    ASSESSMENT_COMPONENTS("assessment-components", "Apprenticeship assessment components", "assessment-components"),
    GATEWAY("gateway-items", "Gateway checklist", "gateway"),
    CADENCE("cadence", "Delivery cadence", "cadence"),
    MINIMUM_OTJ_HOURS("minimum-otj-hours", "Minimum off-the-job hours", "minimum-otj-hours"),
    LARS_CODE("lars-code", "LARS code", "lars-code"),
    FIGURES("figures", "Published figures", "overview"),
    PROGRAMME_TYPE("programme-type", "Programme type", "programme-type"),
    KSB_TEXT("ksb-text", "KSB text", "ksbs");

    private final String code;
    private final String label;
    private final String anchor;

    EditedSection(String code, String label, String anchor) {
        this.code = code;
        this.label = label;
        this.anchor = anchor;
    }

    public String label() {
        return label;
    }

    static Optional<EditedSection> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** Back to the standard's page at the section, saying what was saved. */
    String redirectTo(String reference, String version) {
        return "redirect:" + UriComponentsBuilder.fromPath("/standards/{reference}").queryParam("version", version)
                .queryParam("changed", code).fragment(anchor).buildAndExpand(reference).toUriString();
    }
}
