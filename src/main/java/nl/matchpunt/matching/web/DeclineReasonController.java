package nl.matchpunt.matching.web;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.Objects;
import nl.matchpunt.matching.DeclineConsequence;
import nl.matchpunt.matching.DeclinePartyScope;
import nl.matchpunt.matching.DeclineReasonService;
import nl.matchpunt.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's list of decline reasons with their consequences. */
@Controller
@RequestMapping("/admin/decline-reasons")
class DeclineReasonController {

    private final DeclineReasonService reasons;

    DeclineReasonController(DeclineReasonService reasons) {
        this.reasons = reasons;
    }

    @ModelAttribute("parties")
    DeclinePartyScope[] parties() {
        return DeclinePartyScope.values();
    }

    @ModelAttribute("consequences")
    DeclineConsequence[] consequences() {
        return DeclineConsequence.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("reasons", reasons.all());
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", new DeclineReasonForm());
        }
        return "matching/decline-reasons";
    }

    @PostMapping
    String create(
            @Validated({Default.class, DeclineReasonForm.New.class}) @ModelAttribute("reasonForm")
                    DeclineReasonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getCode().isBlank()) {
            result.rejectValue("code", "NotBlank");
        }
        if (!result.hasErrors()) {
            try {
                reasons.create(
                        form.getCode(),
                        form.getNameNl(),
                        form.getNameEn(),
                        Objects.requireNonNull(form.getParty()),
                        Objects.requireNonNull(form.getConsequence()),
                        form.getParkDays(),
                        form.isAlertCoordinator());
                redirect.addFlashAttribute("success", "matching.reasons.created");
                return "redirect:/admin/decline-reasons";
            } catch (DomainException refused) {
                result.rejectValue(
                        refused.getMessageKey().contains("parkDays") ? "parkDays" : "code", refused.getMessageKey());
            }
        }
        return list(model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("reason", reasons.get(id));
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", DeclineReasonForm.of(reasons.get(id)));
        }
        return "matching/decline-reason-form";
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable Long id,
            @Valid @ModelAttribute("reasonForm") DeclineReasonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                reasons.change(
                        id,
                        form.getNameNl(),
                        form.getNameEn(),
                        Objects.requireNonNull(form.getParty()),
                        Objects.requireNonNull(form.getConsequence()),
                        form.getParkDays(),
                        form.isAlertCoordinator(),
                        form.isActive());
                redirect.addFlashAttribute("success", "matching.reasons.changed");
                return "redirect:/admin/decline-reasons";
            } catch (DomainException refused) {
                result.rejectValue("parkDays", refused.getMessageKey());
            }
        }
        return edit(id, model);
    }
}
