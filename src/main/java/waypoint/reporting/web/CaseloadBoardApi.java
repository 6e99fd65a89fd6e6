package waypoint.reporting.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.caseload.CaseloadBoard;

/** The caseload board over HTTP: the same rows, signals and counts as the page, for staff. */
@RestController
class CaseloadBoardApi {

    private final CaseloadBoard board;

    CaseloadBoardApi(CaseloadBoard board) {
        this.board = board;
    }

    @GetMapping("/api/v1/caseload-board")
    CaseloadBoard.Board board(CurrentUser user, @RequestParam(required = false) String tutor,
            @RequestParam(required = false) String sort) {
        return board.board(user, CaseloadBoardPages.tutor(tutor), CaseloadBoard.Sort.of(sort));
    }
}
