package nl.matchpunt.organisations.web;

import jakarta.servlet.http.HttpSession;
import nl.matchpunt.organisations.SecurityConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Dutch login page. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object lastUsername = session.getAttribute(SecurityConfiguration.LAST_USERNAME);
        model.addAttribute("lastUsername", lastUsername == null ? "" : lastUsername);
        return "login";
    }
}
