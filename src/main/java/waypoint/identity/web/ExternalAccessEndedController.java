package waypoint.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.shared.web.DateText;

/**
 * The page someone outside the provider lands on when their access has ended or has not begun
 * (docs/domain/external-access.md): they have been signed out, and are told why and whom to ask.
 */
@Controller
class ExternalAccessEndedController {

    @GetMapping("/access-ended")
    String ended(@RequestParam(required = false) String begins, Model model) {
        model.addAttribute("begins", DateText.parse(begins).orElse(null));
        return "identity/access-ended";
    }
}
