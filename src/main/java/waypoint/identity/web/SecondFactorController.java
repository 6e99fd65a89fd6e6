package waypoint.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import waypoint.identity.CurrentUser;
import waypoint.identity.internal.QrCodes;
import waypoint.identity.internal.SecondFactor;
import waypoint.identity.internal.SecondFactorGate;
import waypoint.identity.internal.SecondFactors;
import waypoint.identity.internal.Totp;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;

/**
 * The second step of signing in, and setting up an authenticator app (docs/domain/sign-in.md): the key is shown as
 * a QR code and as text, kept in the session until a code from the app confirms it, then ten recovery codes are shown
 * once.
 */
@Controller
class SecondFactorController {

    static final String PENDING_SECRET = "waypoint.secondFactor.pendingSecret";
    private static final String ISSUER = "Waypoint";

    record CodeForm(String code) {
    }

    private final SecondFactors secondFactors;

    SecondFactorController(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping(SecondFactorGate.CODE_PAGE)
    String codePage(Model model) {
        model.addAttribute("form", new CodeForm(""));
        return "identity/second-factor";
    }

    @PostMapping(SecondFactorGate.CODE_PAGE)
    String code(CurrentUser user, @ModelAttribute("form") CodeForm form, BindingResult result,
            HttpServletRequest request) {
        if (form.code() == null || form.code().isBlank()) {
            result.rejectValue("code", "missing", "Enter the 6-digit code from your authenticator app, or a recovery code");
            return "identity/second-factor";
        }
        SecondFactors.Outcome outcome = secondFactors.verify(user.id(), form.code());
        if (outcome.passed()) {
            HttpSession session = request.getSession();
            request.changeSessionId();
            SecondFactorGate.passed(session, user.id());
            return "redirect:/";
        }
        if (outcome.locked()) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return "redirect:/sign-in?locked";
        }
        result.rejectValue("code", "wrong", outcome.check() == SecondFactor.Check.REPLAYED
                ? "That code has already been used: wait for your authenticator app to show a new code"
                : "The code is not correct: enter the code your authenticator app shows now, or a recovery code");
        return "identity/second-factor";
    }

    @GetMapping(SecondFactorGate.SET_UP_PAGE)
    String setUpPage(CurrentUser user, HttpSession session, Model model) {
        model.addAttribute("form", new CodeForm(""));
        return setUp(user, session, model);
    }

    @PostMapping(SecondFactorGate.SET_UP_PAGE)
    String confirm(CurrentUser user, @ModelAttribute("form") CodeForm form, BindingResult result,
            HttpSession session, Model model) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            return "redirect:" + SecondFactorGate.SET_UP_PAGE;
        }
        try {
            List<String> codes = secondFactors.confirmAuthenticatorApp(user, secret, form.code());
            session.removeAttribute(PENDING_SECRET);
            SecondFactorGate.passed(session, user.id());
            model.addAttribute("recoveryCodes", codes);
            return "identity/recovery-codes";
        } catch (FieldValidationException e) {
            FormErrors.reject(result, e);
            return setUp(user, session, model);
        }
    }

    private String setUp(CurrentUser user, HttpSession session, Model model) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        model.addAttribute("qrCode", QrCodes.svg(Totp.uri(ISSUER, user.email(), secret),
                "QR code of the key for your authenticator app"));
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("replacing", secondFactors.has(user.id()));
        return "identity/second-factor-set-up";
    }
}
