package nl.matchpunt.matching.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.matchpunt.matching.ProposalService;
import nl.matchpunt.matching.ProposalStatus;
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;
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

/** Proposals: each party's list and decisions, and the coordinator's follow-up of declines and stalled ones. */
@Controller
@RequestMapping("/proposals")
class ProposalController {

    private final ProposalService proposals;

    private final Clock clock;

    ProposalController(ProposalService proposals, Clock clock) {
        this.proposals = proposals;
        this.clock = clock;
    }

    @ModelAttribute("statuses")
    ProposalStatus[] statuses() {
        return new ProposalStatus[] {
            ProposalStatus.SENT,
            ProposalStatus.DECLINED,
            ProposalStatus.AGREED,
            ProposalStatus.DECLINE_CONFIRMED,
            ProposalStatus.WITHDRAWN
        };
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable ProposalStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("proposals", proposals.list(status, PageRequest.of(Math.max(page, 0), 25)));
        model.addAttribute("selectedStatus", status);
        model.addAttribute("today", LocalDate.now(clock));
        return "matching/proposals";
    }

    @GetMapping("/follow-up")
    String followUp(Model model) {
        model.addAttribute("declines", proposals.declinesToConfirm());
        model.addAttribute("stalled", proposals.stalled());
        model.addAttribute("today", LocalDate.now(clock));
        return "matching/follow-up";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("details", proposals.details(id));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("declineForm")) {
            model.addAttribute("declineForm", new DeclineForm());
        }
        return "matching/proposal";
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            boolean agreed = proposals.accept(id);
            redirect.addFlashAttribute("success", agreed ? "matching.proposal.agreed" : "matching.proposal.accepted");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.getMessageKey());
        }
        return "redirect:/proposals/" + id;
    }

    @PostMapping("/{id}/decline")
    String decline(
            @PathVariable Long id,
            @Valid @ModelAttribute("declineForm") DeclineForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!proposals.details(id).canDecide()) {
            redirect.addFlashAttribute("failure", "matching.proposal.illegalTransition");
            return "redirect:/proposals/" + id;
        }
        if (!result.hasErrors()) {
            try {
                proposals.decline(id, form.getReasonCode(), form.getNote());
                redirect.addFlashAttribute("success", "matching.proposal.declined");
                return "redirect:/proposals/" + id;
            } catch (DomainException refused) {
                result.rejectValue("reasonCode", refused.getMessageKey());
            }
        }
        return detail(id, model);
    }

    @PostMapping("/{id}/confirm-decline")
    String confirmDecline(@PathVariable Long id, RedirectAttributes redirect) {
        return coordinatorAction(
                id, redirect, "matching.proposal.declineConfirmed", () -> proposals.confirmDecline(id));
    }

    @PostMapping("/{id}/overturn-decline")
    String overturnDecline(
            @PathVariable Long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return coordinatorAction(
                id, redirect, "matching.proposal.declineOverturned", () -> proposals.overturnDecline(id, note));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return coordinatorAction(id, redirect, "matching.proposal.withdrawn", () -> proposals.withdraw(id, note));
    }

    @PostMapping("/{id}/remind")
    String remind(@PathVariable Long id, RedirectAttributes redirect) {
        return coordinatorAction(id, redirect, "matching.proposal.reminded", () -> proposals.remind(id));
    }

    private static String coordinatorAction(Long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.getMessageKey());
        }
        return "redirect:/proposals/" + id;
    }
}
