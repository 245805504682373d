package nl.matchpunt.clients.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.shared.DomainException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The coordinator's pages: the queue of submitted clients, the eligibility decision, parking and unparking. */
@Controller
@RequestMapping("/clients")
@PreAuthorize("hasRole('COORDINATOR')")
class ClientDecisionController {

    private final ClientService clients;

    private final Clock clock;

    ClientDecisionController(ClientService clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @GetMapping("/queue")
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("clients", clients.queue(PageRequest.of(Math.max(page, 0), ClientController.PAGE_SIZE)));
        return "clients/queue";
    }

    @GetMapping("/{id}/decision")
    String decision(@PathVariable Long id, Model model) {
        ApproveForm approve = new ApproveForm();
        approve.setEligibleSince(LocalDate.now(clock));
        model.addAttribute("approveForm", approve);
        model.addAttribute("reasonForm", new ReasonForm());
        return decisionView(id, model);
    }

    @PostMapping("/{id}/approve")
    String approve(
            @PathVariable Long id,
            @Valid @ModelAttribute("approveForm") ApproveForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                clients.approve(id, Objects.requireNonNull(form.getEligibleSince()));
                redirect.addFlashAttribute("success", "clients.approved");
                return "redirect:/clients/queue";
            } catch (DomainException refused) {
                result.rejectValue("eligibleSince", refused.getMessageKey());
            }
        }
        model.addAttribute("reasonForm", new ReasonForm());
        return decisionView(id, model);
    }

    @PostMapping("/{id}/reject")
    String reject(
            @PathVariable Long id,
            @Valid @ModelAttribute("reasonForm") ReasonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                clients.reject(id, form.getReason());
                redirect.addFlashAttribute("success", "clients.rejected");
                return "redirect:/clients/queue";
            } catch (DomainException refused) {
                result.rejectValue("reason", refused.getMessageKey());
            }
        }
        ApproveForm approve = new ApproveForm();
        approve.setEligibleSince(LocalDate.now(clock));
        model.addAttribute("approveForm", approve);
        return decisionView(id, model);
    }

    private String decisionView(Long id, Model model) {
        model.addAttribute("clientId", id);
        model.addAttribute("clientCode", clients.clientCodeForDecision(id));
        return "clients/decision";
    }

    @GetMapping("/{id}/park")
    String parkForm(@PathVariable Long id, Model model) {
        model.addAttribute("parkForm", new ParkForm());
        return parkView(id, model);
    }

    @PostMapping("/{id}/park")
    String park(
            @PathVariable Long id,
            @Valid @ModelAttribute("parkForm") ParkForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                clients.parkByCoordinator(id, Objects.requireNonNull(form.getUntil()), form.getReason());
                redirect.addFlashAttribute("success", "clients.parked");
                return "redirect:/clients/" + id;
            } catch (DomainException refused) {
                result.rejectValue("until", refused.getMessageKey());
            }
        }
        return parkView(id, model);
    }

    private String parkView(Long id, Model model) {
        model.addAttribute("clientId", id);
        model.addAttribute("clientCode", clients.clientCode(id));
        return "clients/park";
    }

    @PostMapping("/{id}/unpark")
    String unpark(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            clients.unpark(id);
            redirect.addFlashAttribute("success", "clients.unparked");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.getMessageKey());
        }
        return "redirect:/clients/" + id;
    }
}
