package nl.matchpunt.organisations.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import nl.matchpunt.organisations.AccountService;
import nl.matchpunt.organisations.LoginThrottle;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.SecurityConfiguration;
import nl.matchpunt.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user's own password change (in the menu for every role). After an administrator's reset it is the only
 * page the user can reach until the new password is set.
 */
@Controller
class PasswordController {

    private final AccountService accounts;

    private final OrganisationService organisations;

    private final LoginThrottle throttle;

    PasswordController(AccountService accounts, OrganisationService organisations, LoginThrottle throttle) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.throttle = throttle;
    }

    @GetMapping("/account/password")
    String form(HttpSession session, Model model) {
        if (!model.containsAttribute("passwordChangeForm")) {
            model.addAttribute("passwordChangeForm", new PasswordChangeForm());
        }
        model.addAttribute(
                "changeRequired", session.getAttribute(SecurityConfiguration.PASSWORD_CHANGE_REQUIRED) != null);
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(
            @Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        String username = organisations.currentUser().username();
        // guessing the current password from a session left open is throttled like guessing at the login form
        if (!result.hasErrors()
                && throttle.waitFor(username, request.getRemoteAddr()).isPresent()) {
            result.rejectValue("currentPassword", "login.wait");
        }
        if (!result.hasErrors()) {
            try {
                accounts.changeOwnPassword(username, form.getCurrentPassword(), form.getNewPassword(), session.getId());
                session.removeAttribute(SecurityConfiguration.PASSWORD_CHANGE_REQUIRED);
                redirect.addFlashAttribute("success", "account.password.changed");
                return "redirect:/";
            } catch (DomainException refused) {
                String key = refused.getMessageKey();
                if (key.equals("account.password.currentWrong")) {
                    throttle.failed(username, request.getRemoteAddr());
                }
                result.rejectValue(
                        key.equals("account.password.currentWrong") ? "currentPassword" : "newPassword", key);
            }
        }
        form.forgetPasswords();
        return form(session, model);
    }
}
