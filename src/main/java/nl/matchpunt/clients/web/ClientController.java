package nl.matchpunt.clients.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.matchpunt.clients.Bsn;
import nl.matchpunt.clients.ClientDetails;
import nl.matchpunt.clients.ClientFilter;
import nl.matchpunt.clients.ClientRecordSource;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.ClientStatus;
import nl.matchpunt.clients.ClientSummary;
import nl.matchpunt.clients.IncomeBand;
import nl.matchpunt.clients.SharedField;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationSummary;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The care provider's client pages (register, edit, profile and consent, submit, withdraw) and the pages both
 * the care provider and the coordinator use (list, detail, access log), plus the coordinator's export.
 */
@Controller
@RequestMapping("/clients")
class ClientController {

    static final int PAGE_SIZE = 25;

    /** The list's own numeric parameters: ids and numbers, never a BSN. */
    private static final Set<String> NUMERIC_FILTERS = Set.of("targetGroup", "careProvider", "minDaysWaiting", "page");

    private final ClientService clients;

    private final OrganisationService organisations;

    private final GeographyService geography;

    private final JsonMapper json;

    private final ObjectProvider<ClientRecordSource> recordSources;

    private final MessageSource messages;

    ClientController(
            ClientService clients,
            OrganisationService organisations,
            GeographyService geography,
            JsonMapper json,
            ObjectProvider<ClientRecordSource> recordSources,
            MessageSource messages) {
        this.clients = clients;
        this.organisations = organisations;
        this.geography = geography;
        this.json = json;
        this.recordSources = recordSources;
        this.messages = messages;
    }

    @ModelAttribute("statuses")
    ClientStatus[] statuses() {
        return ClientStatus.values();
    }

    // --- list and detail -----------------------------------------------------------------------------------

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable ClientStatus status,
            @RequestParam(required = false) @Nullable Long targetGroup,
            @RequestParam(required = false) @Nullable Long careProvider,
            @RequestParam(required = false) @Nullable Integer minDaysWaiting,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        if (carriesBsn(parameters)) {
            // a BSN is searched only by POST; one in a URL is not honoured, echoed or carried on in pager links
            redirect.addFlashAttribute("failure", "clients.bsnSearch.notInAddress");
            return "redirect:/clients";
        }
        ClientFilter filter = new ClientFilter(status, targetGroup, careProvider, minDaysWaiting, q);
        model.addAttribute("clients", clients.list(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("filter", filter);
        model.addAttribute("targetGroups", clients.targetGroups());
        model.addAttribute("careProviders", careProviders());
        return "clients/list";
    }

    /**
     * The search by BSN: posted, so that the BSN lands in no address, access log, browser history or pager link.
     * The answer is the list page with the clients found (a BSN finds at most a few, so there is no pager) and
     * an empty BSN field.
     */
    @PostMapping("/bsn-search")
    String searchByBsn(@RequestParam(defaultValue = "") String bsn, Model model) {
        ClientFilter filter = ClientFilter.none();
        List<ClientSummary> found = List.of();
        if (Bsn.isValid(bsn)) {
            found = clients.searchByBsn(bsn);
        } else {
            model.addAttribute("bsnError", "clients.bsn.invalid");
        }
        model.addAttribute(
                "clients", new PageImpl<>(found, PageRequest.of(0, Math.max(1, found.size())), found.size()));
        model.addAttribute("bsnSearch", true);
        model.addAttribute("filter", filter);
        model.addAttribute("targetGroups", clients.targetGroups());
        model.addAttribute("careProviders", careProviders());
        return "clients/list";
    }

    /**
     * Whether the address carries what looks like a BSN, in the search field or in any parameter the list does not
     * know (such as {@code bsn}), which the pager links would otherwise carry on.
     */
    static boolean carriesBsn(MultiValueMap<String, String> parameters) {
        return parameters.entrySet().stream()
                .filter(parameter -> !NUMERIC_FILTERS.contains(parameter.getKey()))
                .flatMap(parameter -> parameter.getValue().stream())
                .anyMatch(ClientController::looksLikeBsn);
    }

    /** Eight or nine digits, with or without spaces and dots: a BSN, whether its check digit is right or not. */
    static boolean looksLikeBsn(@Nullable String query) {
        return query != null && query.replaceAll("[\\s.]", "").matches("\\d{8,9}");
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        ClientDetails client = clients.get(id);
        model.addAttribute("client", client);
        model.addAttribute("retention", clients.retention(client));
        model.addAttribute("regionNames", regionNames());
        return "clients/detail";
    }

    @GetMapping("/{id}/access-log")
    String accessLog(@PathVariable Long id, Model model) {
        model.addAttribute("entries", clients.accessLog(id));
        model.addAttribute("clientId", id);
        model.addAttribute(
                "organisationNames",
                organisations.all().stream()
                        .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name)));
        return "clients/access-log";
    }

    /** Subject access: everything stored about the client as a JSON file. */
    @GetMapping("/{id}/export")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<byte[]> export(@PathVariable Long id) {
        Map<String, Object> export = clients.export(id);
        ClientDetails client = (ClientDetails) export.get("client");
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("client-" + client.clientCode() + ".json")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    /**
     * Subject access as a readable Dutch document (printable): the same content as the JSON file, every field
     * labelled in Dutch.
     */
    @GetMapping("/{id}/subject-access")
    @PreAuthorize("hasRole('COORDINATOR')")
    String subjectAccess(@PathVariable Long id, Model model, Locale locale) {
        Map<String, Object> export = clients.export(id);
        ClientDetails client = (ClientDetails) export.get("client");
        Map<String, Object> fields = new LinkedHashMap<>();
        json.convertValue(client, new TypeReference<Map<String, Object>>() {}).forEach((field, value) -> {
            if (field.equals("sharedFields")) {
                return; // shown, in Dutch, as the last line of the consent history
            }
            if (value instanceof Map<?, ?> nested) {
                nested.forEach((inner, innerValue) -> fields.put(field + "." + inner, innerValue));
            } else {
                fields.put(field, value);
            }
        });
        model.addAttribute("client", client);
        model.addAttribute("fields", fields);
        model.addAttribute("export", export);
        model.addAttribute("sections", SUBJECT_ACCESS_SECTIONS);
        model.addAttribute("readable", readable(export, locale));
        model.addAttribute(
                "organisationNames",
                organisations.all().stream()
                        .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name)));
        return "clients/subject-access";
    }

    /**
     * The other modules' sections as a person reads them: every stored code (a status, a phase, a reason) named
     * by the module that stores it; the download keeps the codes.
     */
    private Map<String, List<Map<String, String>>> readable(Map<String, Object> export, Locale locale) {
        Map<String, List<Map<String, String>>> readable = new LinkedHashMap<>();
        for (String section : SUBJECT_ACCESS_SECTIONS) {
            if (!(export.get(section) instanceof List<?> entries)) {
                continue;
            }
            readable.put(
                    section,
                    entries.stream()
                            .map(entry -> readableEntry(section, (Map<?, ?>) entry, locale))
                            .toList());
        }
        return readable;
    }

    private Map<String, String> readableEntry(String section, Map<?, ?> stored, Locale locale) {
        Map<String, String> entry = new LinkedHashMap<>();
        stored.forEach((field, value) -> entry.put(String.valueOf(field), String.valueOf(value)));
        Map<String, String> shown = new LinkedHashMap<>();
        entry.forEach((field, value) -> shown.put(
                field,
                recordSources
                        .orderedStream()
                        .map(source -> source.label(section, field, value, entry))
                        .filter(Objects::nonNull)
                        .findFirst()
                        .map(label -> messages.getMessage(label, locale))
                        .orElse(value)));
        return shown;
    }

    /** The parts of the export that other modules add, in the order of the document. */
    private static final List<String> SUBJECT_ACCESS_SECTIONS =
            List.of("proposals", "decisions", "case", "timeline", "signals");

    // --- register and edit ---------------------------------------------------------------------------------

    @GetMapping("/new")
    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    String newClient(Model model) {
        if (!model.containsAttribute("clientForm")) {
            model.addAttribute("clientForm", new ClientForm());
        }
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    String register(
            @Valid @ModelAttribute("clientForm") ClientForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getBsn().isBlank()) {
            result.rejectValue("bsn", "NotBlank");
        }
        if (!result.hasErrors()) {
            try {
                Long id = clients.register(form.toData(), form.getBsn());
                redirect.addFlashAttribute("success", "clients.created");
                return "redirect:/clients/" + id + "/profile";
            } catch (DomainException refused) {
                result.rejectValue(personalField(refused.getMessageKey()), refused.getMessageKey());
            }
        }
        form.setBsn("");
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    String edit(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        ClientDetails client = clients.get(id);
        if (!client.changeable()) {
            redirect.addFlashAttribute("failure", "clients.illegal.change");
            return "redirect:/clients/" + id;
        }
        model.addAttribute("clientForm", ClientForm.of(client));
        return form(model, client);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("clientForm") ClientForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                clients.update(id, form.getVersion(), form.toData(), form.getBsn());
                redirect.addFlashAttribute("success", "clients.updated");
                return "redirect:/clients/" + id;
            } catch (DomainException refused) {
                result.rejectValue(personalField(refused.getMessageKey()), refused.getMessageKey());
            }
        }
        clients.clientCode(id); // another provider's or a missing client is a 404, also when the form is invalid
        form.setBsn("");
        model.addAttribute("clientId", id);
        return form(model, null);
    }

    private String form(Model model, @Nullable ClientDetails client) {
        model.addAttribute("targetGroups", clients.activeTargetGroups());
        model.addAttribute("incomeBands", IncomeBand.values());
        if (client != null) {
            model.addAttribute("clientId", client.id());
        }
        return "clients/form";
    }

    private static String personalField(String messageKey) {
        if (messageKey.startsWith("clients.bsn.")) {
            return "bsn";
        }
        if (messageKey.startsWith("clients.targetGroup.")) {
            return "targetGroupId";
        }
        return "name";
    }

    // --- profile and consent -------------------------------------------------------------------------------

    @GetMapping("/{id}/profile")
    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    String profile(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        ClientDetails client = clients.get(id);
        if (!client.changeable()) {
            redirect.addFlashAttribute("failure", "clients.illegal.change");
            return "redirect:/clients/" + id;
        }
        model.addAttribute("profileForm", ProfileForm.of(client));
        return profileView(id, client.clientCode(), model);
    }

    @PostMapping("/{id}/profile")
    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    String saveProfile(
            @PathVariable Long id,
            @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                clients.updateProfile(id, form.getVersion(), form.toProfile(), form.getSharedFields());
                redirect.addFlashAttribute("success", "clients.profile.saved");
                return "redirect:/clients/" + id;
            } catch (DomainException refused) {
                result.rejectValue(profileField(refused.getMessageKey()), refused.getMessageKey());
            }
        }
        return profileView(id, clients.clientCode(id), model);
    }

    private String profileView(Long id, String clientCode, Model model) {
        model.addAttribute("clientId", id);
        model.addAttribute("clientCode", clientCode);
        model.addAttribute("districts", geography.districts());
        model.addAttribute("areas", geography.areas());
        model.addAttribute("shareableFields", SharedField.values());
        return "clients/profile";
    }

    /** {@code clients.profile.maxRent.range} belongs at {@code maxRent}. */
    private static String profileField(String messageKey) {
        String[] parts = messageKey.split("\\.");
        return messageKey.startsWith("clients.profile.") && parts.length > 3 ? parts[2] : "maxRent";
    }

    // --- submit and withdraw -------------------------------------------------------------------------------

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    String submit(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            clients.submit(id);
            redirect.addFlashAttribute("success", "clients.submitted");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.getMessageKey());
        }
        return "redirect:/clients/" + id;
    }

    @GetMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    String withdrawForm(@PathVariable Long id, Model model) {
        model.addAttribute("clientId", id);
        model.addAttribute("clientCode", clients.clientCode(id));
        model.addAttribute("reasonForm", new ReasonForm());
        return "clients/withdraw";
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    String withdraw(
            @PathVariable Long id,
            @Valid @ModelAttribute("reasonForm") ReasonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                clients.withdraw(id, form.getReason());
                redirect.addFlashAttribute("success", "clients.withdrawn");
                return "redirect:/clients/" + id;
            } catch (DomainException refused) {
                result.rejectValue("reason", refused.getMessageKey());
            }
        }
        model.addAttribute("clientId", id);
        model.addAttribute("clientCode", clients.clientCode(id));
        return "clients/withdraw";
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private List<OrganisationSummary> careProviders() {
        return organisations.ofType(OrganisationType.CARE_PROVIDER);
    }

    private Map<Long, String> regionNames() {
        return Stream.concat(geography.districts().stream(), geography.areas().stream())
                .collect(Collectors.toMap(Region::id, Region::name));
    }
}
