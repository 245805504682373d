package nl.matchpunt.cases.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import nl.matchpunt.cases.CasePhase;
import nl.matchpunt.cases.CaseService;
import nl.matchpunt.cases.CaseView;
import nl.matchpunt.cases.EndReason;
import nl.matchpunt.cases.HousingReview;
import nl.matchpunt.cases.SignalKind;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.TargetGroupSummary;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/**
 * The case pages: the list, the timeline page, and one form per step of the case. Every form is a GET that shows
 * it and a POST that processes it; a refusal by the service is shown next to the field.
 */
@Controller
@RequestMapping("/cases")
class CaseController {

    private static final int PAGE_SIZE = 25;

    private final CaseService cases;

    private final Clock clock;

    private final ClientService clients;

    CaseController(CaseService cases, Clock clock, ClientService clients) {
        this.clients = clients;
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable CasePhase phase,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PageRequest request =
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Order.asc("nextDue"), Sort.Order.asc("id")));
        model.addAttribute("cases", cases.search(phase, overdue, request));
        model.addAttribute("phases", CasePhase.values());
        model.addAttribute("selectedPhase", phase);
        model.addAttribute("overdueOnly", overdue);
        return "cases/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        CaseView view = cases.get(id);
        model.addAttribute("case", view);
        model.addAttribute("today", LocalDate.now(clock));
        // the case keeps the target group's code; the page names the group as every other page does
        model.addAttribute(
                "targetGroupName",
                clients.targetGroups().stream()
                        .filter(group -> group.code().equals(view.targetGroupCode()))
                        .map(TargetGroupSummary::name)
                        .findFirst()
                        .orElse(view.targetGroupCode()));
        return "cases/detail";
    }

    /** The cases' notifications are in the one notification list now; an old bookmark still leads there. */
    @GetMapping("/notifications")
    String notifications() {
        return "redirect:/notifications";
    }

    // --- a working agreement ----------------------------------------------------------------------------

    @GetMapping("/{id}/agreements/{number}")
    String stepForm(@PathVariable Long id, @PathVariable int number, Model model) {
        if (!model.containsAttribute("stepForm")) {
            StepForm form = new StepForm();
            form.setDoneOn(LocalDate.now(clock));
            model.addAttribute("stepForm", form);
        }
        model.addAttribute("step", step(cases.get(id), number));
        return form(id, "step", "/cases/" + id + "/agreements/" + number, model);
    }

    @PostMapping("/{id}/agreements/{number}")
    String recordStep(
            @PathVariable Long id,
            @PathVariable int number,
            @Valid @ModelAttribute("stepForm") StepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (form.isDone()) {
                    cases.completeAgreement(id, number, Objects.requireNonNull(form.getDoneOn()), form.getNote());
                } else {
                    cases.markNotApplicable(id, number, form.getNote());
                }
                return done(id, "cases.step.recorded", redirect);
            } catch (DomainException refused) {
                reject(result, refused.getMessageKey().equals("cases.date.future") ? "doneOn" : "note", refused);
            }
        }
        return stepForm(id, number, model);
    }

    // --- introduction visit, review, signals -------------------------------------------------------------

    @GetMapping("/{id}/introduction")
    String introductionForm(@PathVariable Long id, Model model) {
        if (!model.containsAttribute("introductionForm")) {
            DatedNoteForm form = new DatedNoteForm();
            form.setDate(LocalDate.now(clock));
            model.addAttribute("introductionForm", form);
        }
        return form(id, "introduction", "/cases/" + id + "/introduction", model);
    }

    @PostMapping("/{id}/introduction")
    String recordIntroduction(
            @PathVariable Long id,
            @Valid @ModelAttribute("introductionForm") DatedNoteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                id,
                result,
                redirect,
                "cases.introduction.recorded",
                "date",
                () -> cases.recordIntroductionVisit(id, Objects.requireNonNull(form.getDate()), form.getNote()),
                () -> introductionForm(id, model));
    }

    @GetMapping("/{id}/reviews/new")
    String reviewForm(@PathVariable Long id, Model model) {
        if (!model.containsAttribute("reviewForm")) {
            ReviewForm form = new ReviewForm();
            form.setHeldOn(LocalDate.now(clock));
            model.addAttribute("reviewForm", form);
        }
        return form(id, "review", "/cases/" + id + "/reviews", model);
    }

    @PostMapping("/{id}/reviews")
    String recordReview(
            @PathVariable Long id,
            @Valid @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                id,
                result,
                redirect,
                "cases.review.recorded",
                "heldOn",
                () -> cases.recordReview(
                        id,
                        new HousingReview.Facts(
                                Objects.requireNonNull(form.getHeldOn()),
                                form.isRentPaidOnTime(),
                                form.isNuisance(),
                                form.getNeighbourhoodNetwork().strip(),
                                form.getSupportGoalProgress().strip(),
                                form.getNote().isBlank() ? null : form.getNote().strip())),
                () -> reviewForm(id, model));
    }

    @GetMapping("/{id}/signals/new")
    String signalForm(@PathVariable Long id, Model model) {
        if (!model.containsAttribute("signalForm")) {
            model.addAttribute("signalForm", new SignalForm());
        }
        model.addAttribute("signalKinds", SignalKind.values());
        return form(id, "signal", "/cases/" + id + "/signals", model);
    }

    @PostMapping("/{id}/signals")
    String recordSignal(
            @PathVariable Long id,
            @Valid @ModelAttribute("signalForm") SignalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                id,
                result,
                redirect,
                "cases.signal.recorded",
                "description",
                () -> cases.recordSignal(
                        id,
                        Objects.requireNonNull(form.getKind()),
                        form.getDescription().strip()),
                () -> signalForm(id, model));
    }

    @GetMapping("/{id}/signals/{signalId}/response")
    String responseForm(@PathVariable Long id, @PathVariable Long signalId, Model model) {
        return noteForm(id, signalId, "response", "/cases/" + id + "/signals/" + signalId + "/response", model);
    }

    @PostMapping("/{id}/signals/{signalId}/response")
    String respond(
            @PathVariable Long id,
            @PathVariable Long signalId,
            @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                id,
                result,
                redirect,
                "cases.response.recorded",
                "note",
                () -> cases.respondToSignal(id, signalId, form.getNote().strip()),
                () -> responseForm(id, signalId, model));
    }

    @GetMapping("/{id}/signals/{signalId}/escalation")
    String escalationForm(@PathVariable Long id, @PathVariable Long signalId, Model model) {
        return noteForm(id, signalId, "escalation", "/cases/" + id + "/signals/" + signalId + "/escalation", model);
    }

    @PostMapping("/{id}/signals/{signalId}/escalation")
    String recordEscalationStep(
            @PathVariable Long id,
            @PathVariable Long signalId,
            @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                id,
                result,
                redirect,
                "cases.escalation.recorded",
                "note",
                () -> cases.recordEscalationStep(id, signalId, form.getNote().strip()),
                () -> escalationForm(id, signalId, model));
    }

    // --- the transfer of the lease ----------------------------------------------------------------------

    @GetMapping("/{id}/transfer/new")
    String transferForm(@PathVariable Long id, Model model) {
        if (!model.containsAttribute("transferForm")) {
            model.addAttribute("transferForm", new TransferForm());
        }
        return form(id, "transfer", "/cases/" + id + "/transfer", model);
    }

    @PostMapping("/{id}/transfer")
    String proposeTransfer(
            @PathVariable Long id,
            @Valid @ModelAttribute("transferForm") TransferForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        boolean children = cases.get(id).childrenInHousehold();
        if (children && form.getChildrenEnvironmentReason().isBlank()) {
            result.rejectValue("childrenEnvironmentReason", "NotBlank");
        }
        return submit(
                id,
                result,
                redirect,
                "cases.transfer.proposed",
                "daytimeActivityMet",
                () -> cases.proposeTransfer(id, form.criteria(children)),
                () -> transferForm(id, model));
    }

    @GetMapping("/{id}/transfer/allow")
    String transferAllowForm(@PathVariable Long id, Model model) {
        return noteForm(id, null, "transferAllow", "/cases/" + id + "/transfer/allow", model);
    }

    @PostMapping("/{id}/transfer/allow")
    String allowTransfer(
            @PathVariable Long id,
            @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                id,
                result,
                redirect,
                "cases.transfer.allowed",
                "note",
                () -> cases.allowTransfer(id, form.getNote().strip()),
                () -> transferAllowForm(id, model));
    }

    @GetMapping("/{id}/transfer/review")
    String transferReviewForm(@PathVariable Long id, Model model) {
        return decisionForm(id, "transferReview", "/cases/" + id + "/transfer/review", model);
    }

    @PostMapping("/{id}/transfer/review")
    String reviewTransfer(
            @PathVariable Long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getNote().isBlank() && !result.hasFieldErrors("note")) {
            result.rejectValue("note", "NotBlank");
        }
        return submit(
                id,
                result,
                redirect,
                "cases.transfer.reviewed",
                "yes",
                () -> cases.reviewTransfer(
                        id, Boolean.TRUE.equals(form.getYes()), form.getNote().strip()),
                () -> transferReviewForm(id, model));
    }

    @GetMapping("/{id}/transfer/decision")
    String transferDecisionForm(@PathVariable Long id, Model model) {
        return decisionForm(id, "transferDecision", "/cases/" + id + "/transfer/decision", model);
    }

    @PostMapping("/{id}/transfer/decision")
    String decideTransfer(
            @PathVariable Long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                boolean approve = Boolean.TRUE.equals(form.getYes());
                cases.decideTransfer(id, approve, form.getNote().strip());
                return done(id, approve ? "cases.transfer.approved" : "cases.transfer.refused", redirect);
            } catch (DomainException refused) {
                reject(result, "yes", refused);
            }
        }
        return transferDecisionForm(id, model);
    }

    @GetMapping("/{id}/lease")
    String leaseForm(@PathVariable Long id, Model model) {
        if (!model.containsAttribute("leaseForm")) {
            LeaseForm form = new LeaseForm();
            form.setLeaseStart(LocalDate.now(clock));
            model.addAttribute("leaseForm", form);
        }
        return form(id, "lease", "/cases/" + id + "/lease", model);
    }

    @PostMapping("/{id}/lease")
    String recordLease(
            @PathVariable Long id,
            @Valid @ModelAttribute("leaseForm") LeaseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                id,
                result,
                redirect,
                "cases.lease.recorded",
                "leaseStart",
                () -> cases.recordOwnLease(id, Objects.requireNonNull(form.getLeaseStart())),
                () -> leaseForm(id, model));
    }

    // --- the end ----------------------------------------------------------------------------------------

    @GetMapping("/{id}/end")
    String endForm(@PathVariable Long id, Model model) {
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", new EndForm());
        }
        model.addAttribute("endReasons", EndReason.values());
        return form(id, "end", "/cases/" + id + "/end", model);
    }

    @PostMapping("/{id}/end")
    String endEarly(
            @PathVariable Long id,
            @Valid @ModelAttribute("endForm") EndForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                id,
                result,
                redirect,
                "cases.ended",
                "reason",
                () -> cases.endEarly(
                        id,
                        Objects.requireNonNull(form.getReason()),
                        form.getNote().strip()),
                () -> endForm(id, model));
    }

    @GetMapping("/{id}/close")
    String closeForm(@PathVariable Long id, Model model) {
        return noteForm(id, null, "close", "/cases/" + id + "/close", model);
    }

    @PostMapping("/{id}/close")
    String close(
            @PathVariable Long id,
            @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                id,
                result,
                redirect,
                "cases.closed",
                "note",
                () -> cases.close(id, form.getNote().strip()),
                () -> closeForm(id, model));
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private String noteForm(Long id, @Nullable Long signalId, String formName, String action, Model model) {
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new NoteForm());
        }
        CaseView view = cases.get(id);
        if (signalId != null) {
            model.addAttribute(
                    "signal",
                    view.signals().stream()
                            .filter(signal -> signal.id().equals(signalId))
                            .findFirst()
                            .orElseThrow(() -> new NotFoundException("signal", signalId)));
        }
        return form(view, formName, action, model);
    }

    private String decisionForm(Long id, String formName, String action, Model model) {
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm());
        }
        return form(id, formName, action, model);
    }

    private String form(Long id, String formName, String action, Model model) {
        return form(cases.get(id), formName, action, model);
    }

    private static String form(CaseView view, String formName, String action, Model model) {
        model.addAttribute("case", view);
        model.addAttribute("formName", formName);
        model.addAttribute("formAction", action);
        return "cases/form";
    }

    private static CaseView.Step step(CaseView view, int number) {
        return view.agreements().stream()
                .filter(step -> step.number() == number && step.mayRecord())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("agreement", number));
    }

    private static String done(Long id, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", messageKey);
        return "redirect:/cases/" + id;
    }

    private static void reject(BindingResult result, String field, DomainException refused) {
        result.rejectValue(field, refused.getMessageKey(), refused.getArguments(), refused.getMessageKey());
    }

    /**
     * Runs a form's action when the form is valid: on success back to the case with a message, on a refusal the
     * form again with the reason at the field.
     */
    private String submit(
            Long id,
            BindingResult result,
            RedirectAttributes redirect,
            String successKey,
            String field,
            Runnable action,
            java.util.function.Supplier<String> reshow) {
        if (!result.hasErrors()) {
            try {
                action.run();
                return done(id, successKey, redirect);
            } catch (DomainException refused) {
                reject(result, field, refused);
            }
        }
        return reshow.get();
    }
}
