package waypoint.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StaticPagesController {

    @GetMapping("/accessibility")
    String accessibility() {
        return "shared/accessibility";
    }
}
