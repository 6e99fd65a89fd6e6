package waypoint.organisation.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import waypoint.identity.CurrentUser;
import waypoint.organisation.HomePanel;
import waypoint.organisation.internal.HomeService;

/** Each person's home page, with the real figures their roles call for and the panels other modules add. */
@Controller
class HomeController {

    private final HomeService homes;
    private final List<HomePanel> panels;

    HomeController(HomeService homes, List<HomePanel> panels) {
        this.homes = homes;
        this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("home", homes.of(user));
        model.addAttribute("panels", panels.stream().map(panel -> panel.viewFor(user)).flatMap(Optional::stream)
                .toList());
        return "organisation/home";
    }
}
