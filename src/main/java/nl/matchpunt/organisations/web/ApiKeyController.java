package nl.matchpunt.organisations.web;

import jakarta.validation.Valid;
import java.util.Objects;
import nl.matchpunt.organisations.ApiKeyService;
import nl.matchpunt.organisations.IssuedApiKey;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator issues and revokes the corporations' API keys; a new key is shown exactly once. */
@Controller
@RequestMapping("/admin/api-keys")
class ApiKeyController {

    private final ApiKeyService apiKeys;

    private final OrganisationService organisations;

    ApiKeyController(ApiKeyService apiKeys, OrganisationService organisations) {
        this.apiKeys = apiKeys;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("apiKeys", apiKeys.all());
        model.addAttribute("corporations", organisations.ofType(OrganisationType.HOUSING_CORPORATION));
        if (!model.containsAttribute("apiKeyForm")) {
            model.addAttribute("apiKeyForm", new ApiKeyForm());
        }
        return "admin/api-keys";
    }

    @PostMapping
    String issue(
            @Valid @ModelAttribute("apiKeyForm") ApiKeyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                IssuedApiKey issued = apiKeys.issue(Objects.requireNonNull(form.getOrganisationId()), form.getName());
                redirect.addFlashAttribute("success", "apiKey.issued");
                redirect.addFlashAttribute("issuedKey", issued.key());
                redirect.addFlashAttribute("issuedFor", issued.summary().organisationName());
                return "redirect:/admin/api-keys";
            } catch (DomainException refused) {
                result.rejectValue("organisationId", refused.getMessageKey());
            }
        }
        return list(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable Long id, RedirectAttributes redirect) {
        apiKeys.revoke(id);
        redirect.addFlashAttribute("success", "apiKey.revoked");
        return "redirect:/admin/api-keys";
    }
}
