package waypoint.reporting.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.caseload.CaseloadBoard;
import waypoint.reporting.internal.caseload.KeptOverview;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.FieldValidationException;

/**
 * The caseload board (a tutor's apprentices with every signal, sortable, and as CSV) and the overview of the same
 * signals by tutor, employer or standard, kept (docs/domain/accountability.md, "The caseload board"). The board and
 * the kept overview authorise every request.
 */
@Controller
class CaseloadBoardPages {

    private final CaseloadBoard board;
    private final KeptOverview overview;

    CaseloadBoardPages(CaseloadBoard board, KeptOverview overview) {
        this.board = board;
        this.overview = overview;
    }

    static Optional<UUID> tutor(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(typed.strip()));
        } catch (IllegalArgumentException notAnId) {
            throw new FieldValidationException("tutor", "Choose a tutor from the caseload overview");
        }
    }

    @GetMapping("/reports/caseload")
    String page(CurrentUser user, @RequestParam(required = false) String tutor,
            @RequestParam(required = false) String sort, Model model) {
        if (!board.canRead(user)) {
            throw new org.springframework.security.access.AccessDeniedException("The caseload board is for staff");
        }
        CaseloadBoard.Board b = board.board(user, tutor(tutor), CaseloadBoard.Sort.of(sort));
        model.addAttribute("board", b);
        model.addAttribute("rows", CaseloadRows.of(b.rows()));
        model.addAttribute("kinds", CaseloadBoard.Kind.values());
        model.addAttribute("tutor", tutor == null ? "" : tutor.strip());
        return "reporting/caseload";
    }

    @GetMapping("/reports/caseload.csv")
    ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam(required = false) String tutor,
            @RequestParam(required = false) String sort) {
        if (!board.canRead(user)) {
            throw new org.springframework.security.access.AccessDeniedException("The caseload board is for staff");
        }
        CaseloadBoard.Board b = board.board(user, tutor(tutor), CaseloadBoard.Sort.of(sort));
        List<String> columns = new ArrayList<>(List.of("apprenticeship_id", "apprentice", "employer", "standard",
                "status"));
        for (CaseloadBoard.Kind k : CaseloadBoard.Kind.values()) {
            columns.add(k.words());
            columns.add(k.words() + " (detail)");
        }
        CsvTable csv = CsvTable.withColumns(columns);
        for (CaseloadBoard.Row r : b.rows()) {
            List<Object> cells = new ArrayList<>(List.of(r.apprenticeshipId(), r.learnerName(), r.employerName(),
                    r.standard(), r.status()));
            for (CaseloadBoard.Signal s : r.signals()) {
                cells.add(s.rag().name());
                cells.add(s.words());
            }
            csv.row(cells);
        }
        return CsvDownload.of("caseload.csv", csv);
    }

    /**
     * The overview: the kept signals counted by tutor, employer or standard for the apprentices the reader may see, a
     * page of 50 groups at a time (a provider with 2,000 tutors is 2,000 rows; the download has them all), saying
     * when they were worked out; a warning, never zeros, before they ever were; and, while they are being worked out
     * again, since when.
     */
    @GetMapping("/reports/caseload/overview")
    String overview(CurrentUser user, @RequestParam(required = false) String by,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CaseloadBoard.By chosen = CaseloadBoard.By.of(by);
        Optional<KeptOverview.Page> kept = overview.page(user, chosen, page);
        model.addAttribute("kept", kept.orElse(null));
        model.addAllAttributes(overview.standing().attributes());
        model.addAttribute("pagesUrl", "/reports/caseload/overview?by=" + chosen.name().toLowerCase());
        model.addAttribute("by", chosen);
        model.addAttribute("kinds", CaseloadBoard.Kind.values());
        return "reporting/caseload-overview";
    }

    /**
     * "Work out the overview again now": worked out in the background and the page says so at once; while one is under
     * way nothing more is started.
     */
    @PostMapping("/reports/caseload/overview")
    String workOutOverview(CurrentUser user, @RequestParam(required = false) String by,
            RedirectAttributes redirect) {
        CaseloadBoard.By chosen = CaseloadBoard.By.of(by);
        redirect.addFlashAttribute(overview.workOutNow(user).flash(), true);
        return "redirect:/reports/caseload/overview?by=" + chosen.name().toLowerCase();
    }

    /**
     * Every group of the kept overview as a CSV file; before it was ever worked out, back to the overview, which says
     * so (a file of no groups would read as no apprentices).
     */
    @GetMapping("/reports/caseload/overview.csv")
    ResponseEntity<byte[]> overviewCsv(CurrentUser user, @RequestParam(required = false) String by) {
        CaseloadBoard.By chosen = CaseloadBoard.By.of(by);
        Optional<KeptOverview.All> kept = overview.all(user, chosen);
        if (kept.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/reports/caseload/overview?by=" + chosen.name().toLowerCase())).build();
        }
        List<String> columns = new ArrayList<>(List.of(chosen.name().toLowerCase(), "apprentices"));
        for (CaseloadBoard.Kind k : CaseloadBoard.Kind.values()) {
            columns.add(k.words() + " red");
            columns.add(k.words() + " amber");
            columns.add(k.words() + " not known");
        }
        CsvTable csv = CsvTable.withColumns(columns);
        for (CaseloadBoard.Group g : kept.get().groups()) {
            List<Object> cells = new ArrayList<>(List.of(g.label(), g.apprentices()));
            for (CaseloadBoard.Kind k : CaseloadBoard.Kind.values()) {
                cells.add(g.red().get(k));
                cells.add(g.amber().get(k));
                cells.add(g.unknown().get(k));
            }
            csv.row(cells);
        }
        return CsvDownload.of("caseload-overview.csv", csv);
    }
}
