package nl.matchpunt.clients.web;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import nl.matchpunt.clients.ClientService;
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

/** The administrator's page of target groups: list, create, change (name, quota, support, active). */
@Controller
@RequestMapping("/admin/target-groups")
class TargetGroupController {

    private final ClientService clients;

    TargetGroupController(ClientService clients) {
        this.clients = clients;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("targetGroups", clients.targetGroups());
        if (!model.containsAttribute("targetGroupForm")) {
            model.addAttribute("targetGroupForm", new TargetGroupForm());
        }
        return "clients/target-groups";
    }

    @PostMapping
    String create(
            @Validated({Default.class, TargetGroupForm.New.class}) @ModelAttribute("targetGroupForm")
                    TargetGroupForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getCode().isBlank()) {
            result.rejectValue("code", "NotBlank");
        }
        if (!result.hasErrors()) {
            try {
                clients.createTargetGroup(
                        form.getCode(), form.getName(), form.isCountsTowardsQuota(), form.isWithSupport());
                redirect.addFlashAttribute("success", "clients.targetGroup.created");
                return "redirect:/admin/target-groups";
            } catch (DomainException refused) {
                result.rejectValue("code", refused.getMessageKey());
            }
        }
        return list(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("targetGroupForm", TargetGroupForm.of(clients.targetGroup(id)));
        model.addAttribute("targetGroupId", id);
        return "clients/target-group-form";
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("targetGroupForm") TargetGroupForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            form.setCode(clients.targetGroup(id).code());
            model.addAttribute("targetGroupId", id);
            return "clients/target-group-form";
        }
        clients.changeTargetGroup(
                id, form.getName(), form.isCountsTowardsQuota(), form.isWithSupport(), form.isActive());
        redirect.addFlashAttribute("success", "clients.targetGroup.updated");
        return "redirect:/admin/target-groups";
    }
}
