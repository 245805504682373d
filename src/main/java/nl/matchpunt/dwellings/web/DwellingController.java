package nl.matchpunt.dwellings.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.matchpunt.dwellings.DwellingConflictException;
import nl.matchpunt.dwellings.DwellingFilter;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.dwellings.DwellingStatus;
import nl.matchpunt.dwellings.DwellingView;
import nl.matchpunt.dwellings.FieldViolation;
import nl.matchpunt.dwellings.InvalidDwellingException;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vacancies on screen: list with filters, register, detail with history, edit (while available, with a
 * clear message when someone else changed it meanwhile) and withdraw. Corporation staff see and change only their
 * own; the coordinator sees all and changes nothing.
 */
@Controller
@RequestMapping("/dwellings")
class DwellingController {

    static final String CORPORATION_STAFF = "hasRole('CORPORATION_STAFF')";

    private static final int PAGE_SIZE = 25;

    private final DwellingService dwellings;

    private final GeographyService geography;

    private final OrganisationService organisations;

    private final Paging paging;

    private final Clock clock;

    DwellingController(
            DwellingService dwellings,
            GeographyService geography,
            OrganisationService organisations,
            Paging paging,
            Clock clock) {
        this.dwellings = dwellings;
        this.geography = geography;
        this.organisations = organisations;
        this.paging = paging;
        this.clock = clock;
    }

    @InitBinder("dwellingForm")
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, "rent", new AmountEditor());
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable DwellingStatus status,
            @RequestParam(required = false) @Nullable Long district,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate availableFrom,
            @RequestParam(required = false) @Nullable Long corporation,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DwellingFilter filter = new DwellingFilter(status, district, availableFrom, corporation);
        Page<DwellingView> result = dwellings.list(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("dwellings", result);
        model.addAttribute("previousUrl", result.hasPrevious() ? paging.url(result.getNumber() - 1) : null);
        model.addAttribute("nextUrl", result.hasNext() ? paging.url(result.getNumber() + 1) : null);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", DwellingStatus.values());
        model.addAttribute("districts", geography.districts());
        if (organisations.currentUser().isMunicipality()) {
            model.addAttribute("corporations", organisations.ofType(OrganisationType.HOUSING_CORPORATION));
        }
        return "dwellings/list";
    }

    @GetMapping("/new")
    @PreAuthorize(CORPORATION_STAFF)
    String newDwelling(Model model) {
        DwellingForm form = new DwellingForm();
        form.setAvailableFrom(LocalDate.now(clock));
        return showForm(form, model);
    }

    @PostMapping
    @PreAuthorize(CORPORATION_STAFF)
    String create(
            @ModelAttribute("dwellingForm") DwellingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                DwellingView created = dwellings.register(form.toData());
                redirect.addFlashAttribute("success", "dwellings.created");
                return "redirect:/dwellings/" + created.id();
            } catch (InvalidDwellingException refused) {
                reject(result, refused.getViolations());
                return showForm(form, model);
            }
        }
        reject(result, dwellings.validate(form.toData()));
        return showForm(form, model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("dwelling", dwellings.get(id));
        model.addAttribute("history", dwellings.history(id));
        return "dwellings/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(CORPORATION_STAFF)
    String edit(@PathVariable Long id, Model model) {
        DwellingView dwelling = dwellings.get(id);
        if (!dwelling.editable()) {
            throw new DomainException(
                    "dwellings.transition.edit", dwelling.status().name());
        }
        model.addAttribute("dwelling", dwelling);
        return showForm(DwellingForm.of(dwelling), model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(CORPORATION_STAFF)
    String update(
            @PathVariable Long id,
            @ModelAttribute("dwellingForm") DwellingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("dwelling", dwellings.get(id));
        if (result.hasErrors()) {
            reject(result, dwellings.validate(form.toData()));
            return showForm(form, model);
        }
        try {
            dwellings.update(id, form.getVersion(), form.toData());
            redirect.addFlashAttribute("success", "dwellings.updated");
            return "redirect:/dwellings/" + id;
        } catch (InvalidDwellingException refused) {
            reject(result, refused.getViolations());
        } catch (DwellingConflictException conflict) {
            showConflict(form, conflict.getCurrent(), model);
        } catch (OptimisticLockingFailureException concurrent) {
            showConflict(form, dwellings.get(id), model);
        }
        return showForm(form, model);
    }

    @GetMapping("/{id}/withdraw")
    @PreAuthorize(CORPORATION_STAFF)
    String withdrawForm(@PathVariable Long id, Model model) {
        model.addAttribute("dwelling", dwellings.get(id));
        if (!model.containsAttribute("withdrawForm")) {
            model.addAttribute("withdrawForm", new WithdrawForm());
        }
        return "dwellings/withdraw";
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(CORPORATION_STAFF)
    String withdraw(
            @PathVariable Long id,
            @jakarta.validation.Valid @ModelAttribute("withdrawForm") WithdrawForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                dwellings.withdraw(id, form.getReason());
                redirect.addFlashAttribute("success", "dwellings.withdrawn");
                return "redirect:/dwellings/" + id;
            } catch (DomainException refused) {
                result.rejectValue("reason", refused.getMessageKey(), refused.getArguments(), null);
            }
        }
        return withdrawForm(id, model);
    }

    /** The area options of a district, for the form's area select (reloaded by htmx when the district changes). */
    @GetMapping("/areas")
    String areaOptions(@RequestParam(required = false) @Nullable Long districtId, Model model) {
        model.addAttribute("areas", areasOf(districtId));
        model.addAttribute("selectedArea", null);
        return "dwellings/form :: areaOptions";
    }

    private String showForm(DwellingForm form, Model model) {
        model.addAttribute("dwellingForm", form);
        model.addAttribute("districts", geography.districts());
        model.addAttribute("areas", areasOf(form.getDistrictId()));
        int year = form.getAvailableFrom() == null
                ? LocalDate.now(clock).getYear()
                : form.getAvailableFrom().getYear();
        model.addAttribute("rentLimit", DutchAmount.euros(dwellings.socialRentLimit(year)));
        model.addAttribute("rentLimitYear", String.valueOf(year));
        return "dwellings/form";
    }

    private List<Region> areasOf(@Nullable Long districtId) {
        if (districtId == null) {
            return List.of();
        }
        return geography.districts().stream().anyMatch(district -> district.id().equals(districtId))
                ? geography.children(districtId)
                : List.of();
    }

    private static void showConflict(DwellingForm form, DwellingView current, Model model) {
        model.addAttribute("conflict", current);
        form.setVersion(current.version());
    }

    /** Puts the service's refusals next to their fields, unless binding already found a problem there. */
    private static void reject(BindingResult result, List<FieldViolation> violations) {
        for (FieldViolation violation : violations) {
            if (!result.hasFieldErrors(violation.field())) {
                result.addError(new FieldError(
                        result.getObjectName(),
                        violation.field(),
                        result.getRawFieldValue(violation.field()),
                        false,
                        null,
                        null,
                        violation.message()));
            }
        }
    }
}
