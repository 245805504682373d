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

/** The current user's in-app notifications. */
@Controller
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notifications", notifications.mine(PageRequest.of(Math.max(page, 0), 25)));
        return "notifications";
    }

    /** Marks the notification read and goes to what it is about. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable Long id) {
        NotificationView notification = notifications.markRead(id);
        String link = notification.link();
        return "redirect:" + (link != null && link.startsWith("/") ? link : "/notifications");
    }

    @PostMapping("/notifications/read")
    String markAllRead(RedirectAttributes redirect) {
        notifications.markAllRead();
        redirect.addFlashAttribute("success", "notifications.allRead");
        return "redirect:/notifications";
    }
}
