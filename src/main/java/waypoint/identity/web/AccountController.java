package waypoint.identity.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.shared.web.FormErrors;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.identity.internal.AccountTokens;
import waypoint.identity.internal.ApiTokens;
import waypoint.identity.internal.AccountSessions;
import waypoint.identity.internal.SecondFactors;
import waypoint.identity.internal.SignInSettings;
import waypoint.identity.internal.PasskeyRegistrations;
import waypoint.identity.internal.Passkeys;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.FieldValidationException;

/** The signed-in person's own account: who they are, their roles, and their API tokens. */
@Controller
class AccountController {

    record TokenForm(String name, String code) {
    }

    /** A passkey's name and, where the account has an authenticator app, a fresh code (checked by the service). */
    record PasskeyForm(String passkeyName, String passkeyCode) {
    }

    private final UserAccounts accounts;
    private final AccountTokens tokens;
    private final SecondFactors secondFactors;
    private final SignInSettings settings;
    private final boolean demo;
    private final AccountSessions sessions;
    private final Passkeys passkeys;
    private final PasskeyRegistrations registrations;

    AccountController(UserAccounts accounts, AccountTokens tokens, SecondFactors secondFactors,
            SignInSettings settings, @org.springframework.beans.factory.annotation.Value("${waypoint.demo.enabled:false}") boolean demo,
            AccountSessions sessions, Passkeys passkeys, PasskeyRegistrations registrations) {
        this.registrations = registrations;
        this.sessions = sessions;
        this.passkeys = passkeys;
        this.demo = demo;
        this.accounts = accounts;
        this.tokens = tokens;
        this.secondFactors = secondFactors;
        this.settings = settings;
    }

    @GetMapping("/account")
    String account(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model,
            jakarta.servlet.http.HttpSession session,
            @RequestParam(name = "passkey-added", required = false) String passkeyAdded,
            @RequestParam(name = "passkey-failed", required = false) String passkeyFailed) {
        // the passkey script lands here after asking the browser for a passkey (docs/domain/sign-in.md, passkeys)
        if (passkeyAdded != null) {
            model.addAttribute("notice", "Your passkey has been added: you can sign in with it");
        } else if (passkeyFailed != null) {
            model.addAttribute("passkeyError", "Your passkey was not added. Try again, or use another device");
        }
        model.addAttribute("signedIn", sessions.list(user, session.getId()));
        return page(user, page, model, session);
    }

    /**
     * The first step of adding a passkey: its name and, where the account has an authenticator app, a fresh code;
     * then the page offers the button that asks the device for the passkey.
     */
    @PostMapping("/account/passkeys")
    String namePasskey(CurrentUser user, @ModelAttribute("passkeyForm") PasskeyForm form, BindingResult result,
            Model model, jakarta.servlet.http.HttpSession session) {
        try {
            registrations.permit(user, form.passkeyName(), form.passkeyCode(), session);
            return "redirect:/account#passkeys";
        } catch (FieldValidationException e) {
            FormErrors.reject(result, e, java.util.Map.of("name", "passkeyName", "code", "passkeyCode"));
            model.addAttribute("signedIn", sessions.list(user, session.getId()));
            return page(user, 0, model, session);
        }
    }

    @PostMapping("/account/sessions/{handle}/end")
    String endSession(CurrentUser user, @PathVariable String handle, RedirectAttributes redirect) {
        sessions.end(user, handle);
        redirect.addFlashAttribute("notice", "That browser has been signed out");
        return "redirect:/account#sessions";
    }

    @PostMapping("/account/tokens")
    String create(CurrentUser user, @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpSession session) {
        model.addAttribute("signedIn", sessions.list(user, session.getId()));
        try {
            ApiTokens.IssuedToken issued = tokens.create(user, form.name(), form.code());
            redirect.addFlashAttribute("issuedToken", issued);
            redirect.addFlashAttribute("issuedTokenName", form.name().strip());
            return "redirect:/account#api-tokens";
        } catch (FieldValidationException e) {
            FormErrors.reject(result, e);
            return page(user, 0, model, session);
        }
    }

    @PostMapping("/account/passkeys/{id}/remove")
    String removePasskey(CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
        Passkeys.Passkey removed = passkeys.remove(user, id);
        redirect.addFlashAttribute("notice", "Your passkey ‘" + removed.name() + "’ has been removed");
        return "redirect:/account#passkeys";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("notice", "The API token has been revoked: it can no longer be used");
        return "redirect:/account#api-tokens";
    }

    private String page(CurrentUser user, int page, Model model, jakarta.servlet.http.HttpSession session) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm("", ""));
        }
        if (!model.containsAttribute("passkeyForm")) {
            model.addAttribute("passkeyForm", new PasskeyForm("", ""));
        }
        model.addAttribute("passkeyReady", registrations.permitted(user, session).orElse(null));
        model.addAttribute("passkeyNameLimit", PasskeyRegistrations.MAXIMUM_NAME_LENGTH);
        AccountSummary account = accounts.find(user.id()).orElseThrow(() -> new NotFoundException("Account"));
        model.addAttribute("account", account);
        model.addAttribute("roles", account.roles().stream().sorted().map(Role::label).toList());
        model.addAttribute("tokenLifetime", Lifetimes.describe(ApiTokens.LIFETIME));
        model.addAttribute("tokens", tokens.list(user, page));
        model.addAttribute("hasSecondFactor", secondFactors.has(user.id()));
        model.addAttribute("passkeys", passkeys.list(user));
        model.addAttribute("recoveryCodesLeft", secondFactors.unusedRecoveryCodes(user.id()).orElse(0));
        model.addAttribute("secondFactorRequired", settings.needsSecondFactor(account.roles()));
        model.addAttribute("secondFactorWaived", demo && settings.rolesNeedingSecondFactor().isEmpty());
        return "identity/account";
    }
}
