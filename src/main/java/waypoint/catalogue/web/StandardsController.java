package waypoint.catalogue.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import waypoint.catalogue.AssessmentReforms;
import waypoint.catalogue.KsbKind;
import waypoint.catalogue.StandardSummary;
import waypoint.catalogue.internal.CataloguePolicy;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.catalogue.internal.StandardQuery;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.PageOf;

/** Browsing the catalogue: the list of standards and a standard's page. */
@Controller
class StandardsController {

    private final StandardQueries queries;
    private final CataloguePolicy policy;
    private final AssessmentReforms reforms;

    StandardsController(StandardQueries queries, CataloguePolicy policy, AssessmentReforms reforms) {
        this.queries = queries;
        this.policy = policy;
        this.reforms = reforms;
    }

    @GetMapping("/standards")
    String list(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String level, @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String order,
            @RequestParam(defaultValue = "0") String page, HttpServletRequest request, Model model) {
        StandardQuery query = new StandardQuery(q, level(level), status, sort(sort), "desc".equals(order),
                whole(page).orElse(0), PageOf.DEFAULT_SIZE);
        PageOf<StandardSummary> found = queries.search(user, query);
        String baseUrl = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page").build().toUriString();
        model.addAttribute("page", found);
        model.addAttribute("query", query);
        model.addAttribute("baseUrl", baseUrl);
        model.addAttribute("sortLinks", SortLink.forColumns(baseUrl, query));
        model.addAttribute("statuses", queries.statuses(user));
        model.addAttribute("levels", IntStream.rangeClosed(1, 7).boxed().toList());
        model.addAttribute("canChange", policy.canChange(user));
        return "catalogue/standards";
    }

    @GetMapping("/standards/{referenceNumber}")
    String standard(CurrentUser user, @PathVariable String referenceNumber,
            @RequestParam(required = false) String version, @RequestParam(required = false) String changed,
            Model model) {
        EditedSection.of(changed == null ? "" : changed).ifPresent(section -> model.addAttribute("changed", section));
        StandardView view = queries.view(user, referenceNumber, Optional.ofNullable(version));
        model.addAttribute("view", view);
        model.addAttribute("standard", view.details());
        model.addAttribute("reformedPlan", reforms.of(view.details().id()));
        model.addAttribute("figures", queries.figures(user, view.details().referenceNumber(), view.details().version()));
        model.addAttribute("ksbKinds", List.of(KsbKind.values()));
        model.addAttribute("canChange", policy.canChange(user));
        return "catalogue/standard";
    }

    /** A level outside 1 to 7, or not a number, filters nothing rather than failing the page. */
    private static Integer level(String level) {
        return whole(level).filter(l -> l >= 1 && l <= 7).orElse(null);
    }

    private static StandardQuery.Sort sort(String sort) {
        if (sort == null) {
            return StandardQuery.Sort.REFERENCE;
        }
        try {
            return StandardQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return StandardQuery.Sort.REFERENCE;
        }
    }

    private static Optional<Integer> whole(String text) {
        if (text == null || !text.strip().matches("\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.strip()));
    }
}
