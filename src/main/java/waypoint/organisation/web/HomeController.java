package waypoint.organisation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import waypoint.identity.CurrentUser;
import waypoint.organisation.internal.HomeService;

/** Each person's home page, with the real figures their roles call for. */
@Controller
class HomeController {

    private final HomeService homes;

    HomeController(HomeService homes) {
        this.homes = homes;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("home", homes.of(user));
        return "organisation/home";
    }
}
