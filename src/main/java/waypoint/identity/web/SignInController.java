package waypoint.identity.web;


import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.identity.internal.SignInAttempts;
import waypoint.identity.internal.SingleSignOn;
import waypoint.identity.internal.SingleSignOnHandlers;

@Controller
class SignInController {

    private static final String TYPED_EMAIL = waypoint.identity.internal.SignInFailureHandler.TYPED_EMAIL;

    private final SignInAttempts attempts;
    private final waypoint.identity.internal.SignInSettings settings;
    private final boolean demo;
    private final SingleSignOn singleSignOn;

    SignInController(SignInAttempts attempts, waypoint.identity.internal.SignInSettings settings,
            @org.springframework.beans.factory.annotation.Value("${waypoint.demo.enabled:false}") boolean demo,
            SingleSignOn singleSignOn) {
        this.attempts = attempts;
        this.settings = settings;
        this.demo = demo;
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "password-set", required = false) String passwordSet,
            @RequestParam(name = "password-reset", required = false) String passwordReset,
            @RequestParam(required = false) String passkey,
            @RequestParam(name = "passkey-replayed", required = false) String passkeyReplayed,
            @RequestParam(name = "passkey-cancelled", required = false) String passkeyCancelled,
            @RequestParam(name = "use-passkey", required = false) String usePasskey, HttpSession session,
            Model model) {
        Object typed = session.getAttribute(TYPED_EMAIL);
        session.removeAttribute(TYPED_EMAIL);
        model.addAttribute("email", typed);
        model.addAttribute("secondFactorWaived", demo && settings.rolesNeedingSecondFactor().isEmpty());
        if (singleSignOn.configured()) {
            model.addAttribute("singleSignOn", singleSignOn);
        }
        if (locked != null) {
            model.addAttribute("error", "Your account is locked after " + attempts.policy().maximumFailures()
                    + " failed sign-in attempts. Try again in " + attempts.policy().lockoutPeriod().toMinutes()
                    + " minutes, or ask an administrator to unlock it.");
        } else if (usePasskey != null) {
            model.addAttribute("error", "Your role needs a second factor: sign in with your passkey, using "
                    + "‘Use a passkey’ below");
        } else if (passkeyReplayed != null) {
            model.addAttribute("error", "That passkey sign-in had already been used or had expired. Sign in with your "
                    + "passkey again");
        } else if (passkey != null) {
            model.addAttribute("error", "Your passkey could not be used to sign in. Try again, or sign in with your "
                    + "email address and password");
        } else if (passkeyCancelled != null) {
            model.addAttribute("error", "No passkey was chosen. Try again, or sign in with your email address and "
                    + "password");
        } else if (error != null) {
            model.addAttribute("error", "Enter a correct email address and password");
        } else if (signedOut != null) {
            model.addAttribute("notice", "You have signed out");
        } else if (passwordSet != null) {
            model.addAttribute("notice", "Your password has been set: you can now sign in");
        } else if (passwordReset != null) {
            model.addAttribute("notice", "Your password has been changed: sign in with your new password");
        }
        return "identity/sign-in";
    }

    /**
     * Why the identity provider's sign-in did not let the person into Waypoint (docs/domain/sign-in.md, "Single
     * sign-on"). Read once: a refresh shows the sign-in page.
     */
    @GetMapping(SingleSignOn.REFUSED)
    String singleSignOnRefused(HttpSession session, HttpServletResponse response, Model model) {
        if (!(session.getAttribute(SingleSignOnHandlers.REFUSAL) instanceof SingleSignOnHandlers.Refused refused)) {
            return "redirect:/sign-in";
        }
        session.removeAttribute(SingleSignOnHandlers.REFUSAL);
        response.setStatus(refused.refusal() == SingleSignOnHandlers.Refusal.TOO_MANY_FROM_THIS_ADDRESS
                ? 429 : HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("refused", refused);
        model.addAttribute("lockoutMinutes", attempts.policy().lockoutPeriod().toMinutes());
        if (singleSignOn.configured()) {
            model.addAttribute("singleSignOn", singleSignOn);
        }
        return "identity/single-sign-on-refused";
    }
}
