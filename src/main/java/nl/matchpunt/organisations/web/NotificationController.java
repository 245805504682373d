package nl.matchpunt.organisations.web;

import nl.matchpunt.organisations.NotificationService;
import nl.matchpunt.organisations.NotificationView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The current user's notifications: one list for everything (matching, cases, rounds), grouped by what each is
 * about, all or only the unread; and the choice of a daily e-mail digest.
 */
@Controller
class NotificationController {

    private static final int GROUPS_PER_PAGE = 15;

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean unread,
            Model model) {
        model.addAttribute("groups", notifications.grouped(unread, PageRequest.of(Math.max(page, 0), GROUPS_PER_PAGE)));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("digest", notifications.digestChoice());
        return "notifications";
    }

    /** Marks the notification read and goes to what it is about. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable Long id) {
        NotificationView notification = notifications.markRead(id);
        return "redirect:" + local(notification.link());
    }

    /** Marks every notification about one thing read and goes to it. */
    @PostMapping("/notifications/open")
    String openGroup(@RequestParam String link) {
        return "redirect:" + local(notifications.openGroup(link));
    }

    @PostMapping("/notifications/read")
    String markAllRead(RedirectAttributes redirect) {
        notifications.markAllRead();
        redirect.addFlashAttribute("success", "notifications.allRead");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/digest")
    String digest(@RequestParam(defaultValue = "false") boolean daily, RedirectAttributes redirect) {
        if (daily && !notifications.digestChoice().possible()) {
            redirect.addFlashAttribute("failure", "notifications.digest.noAddress");
            return "redirect:/notifications";
        }
        notifications.chooseDailyDigest(daily);
        redirect.addFlashAttribute("success", daily ? "notifications.digest.on" : "notifications.digest.off");
        return "redirect:/notifications";
    }

    /** Only a path of this application: a stored link is never anything else, but a redirect does not trust it. */
    private static String local(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications";
    }
}
