package nl.matchpunt.matching.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.TargetGroupSummary;
import nl.matchpunt.matching.MatchingRound;
import nl.matchpunt.matching.OpenRoundException;
import nl.matchpunt.matching.RoundInstanceExport;
import nl.matchpunt.matching.RoundService;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The coordinator's weekly round: open, review, adjust, confirm; and "why not?" for clients and dwellings. */
@Controller
@RequestMapping("/rounds")
class RoundController {

    private final RoundService rounds;

    private final ClientService clients;

    private final OrganisationService organisations;

    private final RoundInstanceExport export;

    private final JsonMapper json;

    RoundController(
            RoundService rounds,
            ClientService clients,
            OrganisationService organisations,
            RoundInstanceExport export,
            JsonMapper json) {
        this.rounds = rounds;
        this.export = export;
        this.json = json;
        this.clients = clients;
        this.organisations = organisations;
    }

    /** Target-group names by code, to show names where proposals keep codes. */
    @ModelAttribute("targetGroups")
    Map<String, String> targetGroups() {
        return clients.targetGroups().stream()
                .collect(Collectors.toMap(TargetGroupSummary::code, TargetGroupSummary::name, (a, b) -> a));
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("rounds", rounds.rounds(PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("openRound", rounds.openRound().orElse(null));
        return "matching/rounds";
    }

    @GetMapping("/capacities")
    String capacities(Model model) {
        model.addAttribute("providers", organisations.ofType(OrganisationType.CARE_PROVIDER));
        model.addAttribute("capacities", rounds.intakeCapacities());
        return "matching/capacities";
    }

    @PostMapping("/capacities/{providerId}")
    String setCapacity(
            @PathVariable Long providerId,
            @RequestParam(defaultValue = "") String capacity,
            RedirectAttributes redirect) {
        organisations.get(providerId);
        Integer value;
        try {
            value = capacity.isBlank() ? null : Integer.valueOf(capacity.strip());
        } catch (NumberFormatException notANumber) {
            redirect.addFlashAttribute("failure", "matching.capacity.notANumber");
            return "redirect:/rounds/capacities";
        }
        try {
            rounds.setIntakeCapacity(providerId, value);
            redirect.addFlashAttribute("success", "matching.capacity.saved");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.getMessageKey());
        }
        return "redirect:/rounds/capacities";
    }

    /**
     * Opens a new round. While a round is open this is refused (the list then links to the open round), unless the
     * form carried the explicit choice to close that round ({@code closing}, its id).
     */
    @PostMapping
    String open(@RequestParam(required = false) @Nullable Long closing, RedirectAttributes redirect) {
        try {
            MatchingRound round = rounds.open(closing);
            redirect.addFlashAttribute("success", "matching.round.opened");
            return "redirect:/rounds/" + round.getId();
        } catch (OpenRoundException alreadyOpen) {
            redirect.addFlashAttribute("failure", alreadyOpen.getMessageKey());
            return "redirect:/rounds";
        }
    }

    @GetMapping("/{id}")
    String round(@PathVariable Long id, Model model) {
        model.addAttribute("view", rounds.round(id));
        model.addAttribute("notProposed", rounds.notProposed(id));
        return "matching/round";
    }

    /**
     * The open round as the command line's instance file, for a what-if with {@code match --input}; for a round that
     * is no longer open the conflict page says why.
     */
    @GetMapping("/{id}/instance")
    ResponseEntity<byte[]> instance(@PathVariable Long id) {
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export.instance(id));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(export.fileName(id))
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @PostMapping("/{id}/proposals/{proposalId}/remove")
    String remove(@PathVariable Long id, @PathVariable Long proposalId, RedirectAttributes redirect) {
        rounds.remove(id, proposalId);
        redirect.addFlashAttribute("success", "matching.proposal.removed");
        return "redirect:/rounds/" + id;
    }

    @GetMapping("/{id}/proposals/{proposalId}/alternatives")
    String alternatives(@PathVariable Long id, @PathVariable Long proposalId, Model model) {
        model.addAttribute("view", rounds.round(id));
        model.addAttribute("proposalId", proposalId);
        model.addAttribute("alternatives", rounds.alternatives(id, proposalId));
        return "matching/alternatives";
    }

    @PostMapping("/{id}/proposals/{proposalId}/swap")
    String swap(
            @PathVariable Long id,
            @PathVariable Long proposalId,
            @RequestParam Long clientId,
            RedirectAttributes redirect) {
        return adjust(
                id,
                () -> rounds.swap(id, proposalId, clientId),
                "matching.proposal.swapped",
                "/proposals/" + proposalId + "/alternatives",
                redirect);
    }

    @GetMapping("/{id}/dwellings/{dwellingId}/candidates")
    String candidates(@PathVariable Long id, @PathVariable Long dwellingId, Model model) {
        model.addAttribute("view", rounds.round(id));
        model.addAttribute("dwellingId", dwellingId);
        model.addAttribute("alternatives", rounds.candidates(id, dwellingId));
        return "matching/alternatives";
    }

    @PostMapping("/{id}/dwellings/{dwellingId}/add")
    String add(
            @PathVariable Long id,
            @PathVariable Long dwellingId,
            @RequestParam Long clientId,
            RedirectAttributes redirect) {
        return adjust(
                id,
                () -> rounds.add(id, dwellingId, clientId),
                "matching.proposal.added",
                "/dwellings/" + dwellingId + "/candidates",
                redirect);
    }

    /** Changes the open round; back to the round on success, back to the choice with the reason otherwise. */
    private static String adjust(
            Long roundId, Runnable change, String success, String choicePage, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
            return "redirect:/rounds/" + roundId;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.getMessageKey());
            return "redirect:/rounds/" + roundId + choicePage;
        }
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            rounds.confirm(id);
            redirect.addFlashAttribute("success", "matching.round.confirmed");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.getMessageKey());
        }
        return "redirect:/rounds/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable Long id, RedirectAttributes redirect) {
        rounds.cancel(id);
        redirect.addFlashAttribute("success", "matching.round.cancelled");
        return "redirect:/rounds";
    }

    @GetMapping("/why-not/clients/{clientId}")
    String whyNotClient(@PathVariable Long clientId, Model model) {
        model.addAttribute("explanation", rounds.whyNotClient(clientId));
        model.addAttribute("labels", rounds.labels());
        return "matching/why-not-client";
    }

    @GetMapping("/why-not/dwellings/{dwellingId}")
    String whyNotDwelling(@PathVariable Long dwellingId, Model model) {
        model.addAttribute("explanation", rounds.whyNotDwelling(dwellingId));
        model.addAttribute("labels", rounds.labels());
        return "matching/why-not-dwelling";
    }
}
