package nl.matchpunt.quota.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.TargetGroupSummary;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationSummary;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.quota.LedgerLine;
import nl.matchpunt.quota.PlacementKind;
import nl.matchpunt.quota.PlanContent;
import nl.matchpunt.quota.PlanView;
import nl.matchpunt.quota.QuotaArithmetic;
import nl.matchpunt.quota.QuotaService;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
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

/** The coordinator's pages of the yearly plans, their adjustments and the ledger. */
@Controller
@RequestMapping("/quota")
class QuotaController {

    private final QuotaService quota;

    private final ClientService clients;

    private final OrganisationService organisations;

    private final GeographyService geography;

    private final Clock clock;

    QuotaController(
            QuotaService quota,
            ClientService clients,
            OrganisationService organisations,
            GeographyService geography,
            Clock clock) {
        this.quota = quota;
        this.clients = clients;
        this.organisations = organisations;
        this.geography = geography;
        this.clock = clock;
    }

    @GetMapping
    String plans(Model model) {
        model.addAttribute("plans", quota.plans());
        model.addAttribute("nextYear", LocalDate.now(clock).getYear() + 1);
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "quota/plans";
    }

    @GetMapping("/{year}")
    String plan(@PathVariable int year, Model model) {
        PlanView plan = quota.plan(year).orElseThrow(() -> new NotFoundException("plan", year));
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.getYear() == year ? today : LocalDate.of(year, 12, 31);
        boolean past = year < today.getYear();
        LocalDate reference = past ? LocalDate.of(year, 12, 31) : until;
        Map<String, Integer> placed = quota.placedPerGroup(LocalDate.of(year, 1, 1), until);
        Map<Long, Integer> placedCorporations = quota.placedPerCorporation(LocalDate.of(year, 1, 1), until);
        List<FigureRow> groups = new ArrayList<>();
        for (TargetGroupSummary group : clients.targetGroups()) {
            int planned = plan.content().group(group.code());
            int done = placed.getOrDefault(group.code(), 0);
            if (planned == 0 && done == 0) {
                continue;
            }
            groups.add(FigureRow.of(group.name(), group.countsTowardsQuota(), planned, done, reference));
        }
        List<FigureRow> corporations = new ArrayList<>();
        for (OrganisationSummary corporation : corporationList()) {
            int planned = plan.content().corporation(corporation.id());
            int done = placedCorporations.getOrDefault(corporation.id(), 0);
            corporations.add(FigureRow.of(corporation.name(), true, planned, done, reference));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("groups", groups);
        model.addAttribute("corporations", corporations);
        model.addAttribute("groupNames", groupNames());
        model.addAttribute("corporationNames", corporationNames());
        model.addAttribute("reference", reference);
        return "quota/plan";
    }

    @GetMapping("/{year}/draft")
    String draft(@PathVariable int year, Model model) {
        if (!model.containsAttribute("planForm")) {
            PlanContent content = quota.plan(year).map(PlanView::content).orElseGet(() -> quota.suggestion(year));
            model.addAttribute("planForm", PlanForm.of(content));
        }
        return form(year, "draft", model);
    }

    @PostMapping("/{year}/draft")
    String saveDraft(
            @PathVariable int year,
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                quota.saveDraft(year, form.content());
                redirect.addFlashAttribute("success", "quota.draft.saved");
                return "redirect:/quota/" + year;
            } catch (DomainException refused) {
                result.reject(refused.getMessageKey(), refused.getArguments(), refused.getMessageKey());
            }
        }
        return form(year, "draft", model);
    }

    @PostMapping("/{year}/activate")
    String activate(@PathVariable int year, Model model, RedirectAttributes redirect) {
        try {
            quota.activate(year);
            redirect.addFlashAttribute("success", "quota.plan.activated");
            return "redirect:/quota/" + year;
        } catch (DomainException refused) {
            model.addAttribute("refusal", refused.getMessageKey());
            model.addAttribute("refusalArguments", Arrays.asList(refused.getArguments()));
            return plan(year, model);
        }
    }

    @GetMapping("/{year}/adjust")
    String adjustForm(@PathVariable int year, Model model) {
        if (!model.containsAttribute("planForm")) {
            PlanView plan = quota.plan(year).orElseThrow(() -> new NotFoundException("plan", year));
            model.addAttribute("planForm", PlanForm.of(plan.content()));
        }
        return form(year, "adjust", model);
    }

    @PostMapping("/{year}/adjust")
    String adjust(
            @PathVariable int year,
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getReason().isBlank()) {
            result.rejectValue("reason", "quota.adjust.reasonRequired");
        }
        if (!result.hasErrors()) {
            try {
                quota.adjust(year, form.content(), form.isChangeTotal(), form.getReason());
                redirect.addFlashAttribute("success", "quota.adjust.saved");
                return "redirect:/quota/" + year;
            } catch (DomainException refused) {
                String field = refused.getMessageKey().equals("quota.adjust.totalChanged") ? "total" : null;
                if (field != null) {
                    result.rejectValue(field, refused.getMessageKey(), refused.getArguments(), null);
                } else {
                    result.reject(refused.getMessageKey(), refused.getArguments(), refused.getMessageKey());
                }
            }
        }
        return form(year, "adjust", model);
    }

    private String form(int year, String mode, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("mode", mode);
        model.addAttribute("targetGroups", clients.targetGroups());
        model.addAttribute("corporations", corporationList());
        quota.plan(year).ifPresent(plan -> model.addAttribute("plan", plan));
        return "quota/plan-form";
    }

    @GetMapping("/ledger")
    String ledger(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable PlacementKind kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        Page<LedgerLine> lines = quota.ledger(shown, kind, PageRequest.of(Math.max(0, page), 50));
        model.addAttribute("lines", lines);
        model.addAttribute("year", shown);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", PlacementKind.values());
        model.addAttribute("groupNames", groupNames());
        model.addAttribute("corporationNames", corporationNames());
        model.addAttribute("districtNames", districtNames());
        return "quota/ledger";
    }

    @GetMapping("/ledger/manual")
    String manualForm(Model model) {
        if (!model.containsAttribute("manualPlacementForm")) {
            ManualPlacementForm form = new ManualPlacementForm();
            form.setAgreedOn(LocalDate.now(clock));
            model.addAttribute("manualPlacementForm", form);
        }
        return manualPage(model);
    }

    @PostMapping("/ledger/manual")
    String recordManual(
            @Valid @ModelAttribute("manualPlacementForm") ManualPlacementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getKind() == PlacementKind.REGULAR) {
            result.rejectValue("kind", "quota.manual.kindRequired");
        }
        if (!result.hasErrors()) {
            try {
                quota.recordManual(form.placement());
                redirect.addFlashAttribute("success", "quota.manual.recorded");
                return "redirect:/quota/ledger";
            } catch (DomainException refused) {
                String field = switch (refused.getMessageKey()) {
                    case "quota.manual.unknownGroup" -> "targetGroupCode";
                    case "quota.manual.notACorporation" -> "corporationId";
                    case "quota.manual.notADistrict" -> "districtId";
                    case "quota.manual.areaOutsideDistrict" -> "areaId";
                    case "quota.manual.eligibleAfterPlacement" -> "eligibleSince";
                    default -> "agreedOn";
                };
                result.rejectValue(field, refused.getMessageKey());
            }
        }
        return manualPage(model);
    }

    private String manualPage(Model model) {
        model.addAttribute(
                "kinds", List.of(PlacementKind.TEMPORARY_NEW_BUILD, PlacementKind.CONVERSION, PlacementKind.OTHER));
        model.addAttribute("targetGroups", clients.activeTargetGroups());
        model.addAttribute("corporations", corporationList());
        model.addAttribute("careProviders", organisations.ofType(OrganisationType.CARE_PROVIDER));
        model.addAttribute("districts", geography.districts());
        model.addAttribute("areas", geography.areas());
        return "quota/manual";
    }

    private List<OrganisationSummary> corporationList() {
        return organisations.ofType(OrganisationType.HOUSING_CORPORATION);
    }

    private Map<String, String> groupNames() {
        Map<String, String> names = new java.util.HashMap<>();
        clients.targetGroups().forEach(group -> names.put(group.code(), group.name()));
        return names;
    }

    private Map<Long, String> corporationNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        corporationList().forEach(corporation -> names.put(corporation.id(), corporation.name()));
        return names;
    }

    private Map<Long, String> districtNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        geography.districts().forEach(district -> names.put(district.id(), district.name()));
        return names;
    }

    /** One line of a plan's figures: planned, placed, pro rata and how far behind on the reference date. */
    record FigureRow(String name, boolean counts, int planned, int placed, long proRata, int behind) {

        static FigureRow of(String name, boolean counts, int planned, int placed, LocalDate reference) {
            return new FigureRow(
                    name,
                    counts,
                    planned,
                    placed,
                    Math.round(QuotaArithmetic.proRata(planned, reference)),
                    QuotaArithmetic.behind(planned, placed, reference));
        }
    }
}
