package nl.matchpunt.matching.web;

import nl.matchpunt.matching.WhyNotService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Waarom niet?" beside the dwelling and client pages, for the partner that owns the record (and the coordinator):
 * the paths sit under {@code /dwellings} and {@code /clients}, so the roles that may open them are those of the
 * detail pages they belong to.
 */
@Controller
class WhyNotController {

    private final WhyNotService whyNot;

    WhyNotController(WhyNotService whyNot) {
        this.whyNot = whyNot;
    }

    @GetMapping("/dwellings/{id}/why-not")
    String dwelling(@PathVariable Long id, Model model) {
        model.addAttribute("whyNot", whyNot.dwelling(id));
        return "matching/why-not-own";
    }

    @GetMapping("/clients/{id}/why-not")
    String client(@PathVariable Long id, Model model) {
        model.addAttribute("whyNot", whyNot.client(id));
        return "matching/why-not-own";
    }
}
