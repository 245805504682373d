package bench.reference;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OwnerController {

    private final OwnerRepository owners;

    OwnerController(OwnerRepository owners) {
        this.owners = owners;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/owners")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("owners", owners.findAll(PageRequest.of(page, 10, Sort.by("lastName", "firstName"))));
        return "owners/list";
    }

    @GetMapping("/owners/{id}")
    String show(@PathVariable int id, Model model) {
        model.addAttribute("owner", owners.findById(id).orElseThrow());
        return "owners/detail";
    }
}
