package nl.matchpunt.organisations.web;

import jakarta.validation.Valid;
import java.util.Objects;
import nl.matchpunt.organisations.AccountService;
import nl.matchpunt.organisations.AccountSummary;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.organisations.Role;
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages: organisations and accounts (create, disable, enable, reset a password). */
@Controller
@RequestMapping("/admin")
class AdministrationController {

    private static final int PAGE_SIZE = 25;

    private final AccountService accounts;

    AdministrationController(AccountService accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("organisationTypes")
    OrganisationType[] organisationTypes() {
        return OrganisationType.values();
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping("/organisations")
    String organisations(Model model) {
        model.addAttribute("organisations", accounts.organisations());
        if (!model.containsAttribute("organisationForm")) {
            model.addAttribute("organisationForm", new OrganisationForm());
        }
        return "admin/organisations";
    }

    @PostMapping("/organisations")
    String createOrganisation(
            @Valid @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.createOrganisation(form.getCode(), form.getName(), Objects.requireNonNull(form.getType()));
                redirect.addFlashAttribute("success", "organisation.created");
                return "redirect:/admin/organisations";
            } catch (DomainException refused) {
                result.rejectValue("code", refused.getMessageKey());
            }
        }
        return organisations(model);
    }

    @PostMapping("/organisations/{id}/deactivate")
    String deactivateOrganisation(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            accounts.deactivateOrganisation(id);
            redirect.addFlashAttribute("success", "organisation.deactivated");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.getMessageKey());
        }
        return "redirect:/admin/organisations";
    }

    @PostMapping("/organisations/{id}/activate")
    String activateOrganisation(@PathVariable Long id, RedirectAttributes redirect) {
        accounts.activateOrganisation(id);
        redirect.addFlashAttribute("success", "organisation.activated");
        return "redirect:/admin/organisations";
    }

    @GetMapping("/accounts")
    String accountList(
            @RequestParam(required = false) @Nullable Long organisation,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<AccountSummary> result = accounts.accounts(organisation, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("accounts", result);
        model.addAttribute("organisations", accounts.organisations());
        model.addAttribute("selectedOrganisation", organisation);
        return "admin/accounts";
    }

    @GetMapping("/accounts/new")
    String newAccount(Model model) {
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", new AccountForm());
        }
        model.addAttribute("organisations", accounts.organisations());
        return "admin/account-form";
    }

    @PostMapping("/accounts")
    String createAccount(
            @Valid @ModelAttribute("accountForm") AccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.createAccount(
                        form.getUsername(),
                        form.getDisplayName(),
                        form.getEmail(),
                        Objects.requireNonNull(form.getOrganisationId()),
                        Objects.requireNonNull(form.getRole()),
                        form.getPassword());
                redirect.addFlashAttribute("success", "account.created");
                return "redirect:/admin/accounts";
            } catch (DomainException refused) {
                result.rejectValue(fieldOf(refused.getMessageKey()), refused.getMessageKey());
            }
        }
        form.setPassword("");
        form.setPasswordRepeat("");
        return newAccount(model);
    }

    @PostMapping("/accounts/{id}/disable")
    String disableAccount(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            accounts.disableAccount(id);
            redirect.addFlashAttribute("success", "account.disabled");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.getMessageKey());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/accounts/{id}/enable")
    String enableAccount(@PathVariable Long id, RedirectAttributes redirect) {
        accounts.enableAccount(id);
        redirect.addFlashAttribute("success", "account.enabled");
        return "redirect:/admin/accounts";
    }

    @GetMapping("/accounts/{id}/password")
    String resetPasswordForm(@PathVariable Long id, Model model) {
        if (!model.containsAttribute("passwordResetForm")) {
            model.addAttribute("passwordResetForm", new PasswordResetForm());
        }
        model.addAttribute("account", accounts.accountSummary(id));
        return "admin/password-reset";
    }

    /** A temporary password that the user must change at the next login; the account's sessions end. */
    @PostMapping("/accounts/{id}/password")
    String resetPassword(
            @PathVariable Long id,
            @Valid @ModelAttribute("passwordResetForm") PasswordResetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.resetPassword(id, form.getPassword());
                redirect.addFlashAttribute("success", "account.password.reset");
                return "redirect:/admin/accounts";
            } catch (DomainException refused) {
                result.rejectValue("password", refused.getMessageKey());
            }
        }
        form.forgetPasswords();
        return resetPasswordForm(id, model);
    }

    private static String fieldOf(String messageKey) {
        if (messageKey.startsWith("password.")) {
            return "password";
        }
        if (messageKey.startsWith("account.role")) {
            return "role";
        }
        return "username";
    }
}
