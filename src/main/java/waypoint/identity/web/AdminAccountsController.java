package waypoint.identity.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.identity.CurrentUser;
import waypoint.identity.internal.AccountAdministration;
import waypoint.identity.internal.AccountPolicy;
import waypoint.identity.internal.AccountStateException;
import waypoint.identity.internal.AccountSessions;
import waypoint.identity.internal.SecondFactors;

/** Administrators find an account, see its state, and unlock, invite again, disable or enable it. */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountsController {

    private final AccountAdministration administration;
    private final AccountPolicy policy;
    private final SecondFactors secondFactors;
    private final AccountSessions sessions;

    AdminAccountsController(AccountAdministration administration, AccountPolicy policy, SecondFactors secondFactors,
            AccountSessions sessions) {
        this.sessions = sessions;
        this.administration = administration;
        this.policy = policy;
        this.secondFactors = secondFactors;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "all") String state, @RequestParam(defaultValue = "0") int page, Model model) {
        var accounts = administration.find(user, q, state, page);
        model.addAttribute("accounts", accounts);
        model.addAttribute("createdOnFirstSignOn", administration.createdOnFirstSignOn(user, accounts));
        model.addAttribute("q", q);
        model.addAttribute("state", state);
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/admin/accounts")
                .queryParam("q", q).queryParam("state", state).build().encode().toUriString());
        return "identity/admin/accounts";
    }

    @GetMapping("/{id}")
    String view(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("account", administration.view(user, id));
        model.addAttribute("canDisable", policy.canDisable(user, id));
        String factors = secondFactors.describe(id);
        model.addAttribute("hasSecondFactor", !"None".equals(factors));
        model.addAttribute("secondFactors", factors);
        model.addAttribute("sessionCount", sessions.count(id));
        return "identity/admin/account";
    }

    @PostMapping("/{id}/unlock")
    String unlock(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "The account has been unlocked: they can sign in now",
                () -> administration.unlock(user, id));
    }

    @PostMapping("/{id}/invitation")
    String invite(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "A new invitation has been sent: the earlier link no longer works",
                () -> administration.resendInvitation(user, id));
    }

    @PostMapping("/{id}/disable")
    String disable(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "The account has been disabled: they cannot sign in or use the API",
                () -> administration.disable(user, id));
    }

    @PostMapping("/{id}/enable")
    String enable(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "The account has been enabled",
                () -> administration.enable(user, id));
    }

    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "Their second factor has been reset and they have been emailed: they will set up "
                + "a new one when they next sign in, if their role needs one", () -> secondFactors.reset(user, id));
    }

    @PostMapping("/{id}/sessions/end")
    String endSessions(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "They have been signed out everywhere", () -> sessions.endAll(user, id));
    }

    /** Does an action and goes back to the account with what happened, or why it could not be done. */
    private String act(UUID id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", success);
        } catch (AccountStateException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/accounts/" + id;
    }
}
