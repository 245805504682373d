package nl.matchpunt.organisations.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.NotificationService;
import nl.matchpunt.organisations.OrganisationService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user in every page's model, for the layout's menu per role. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

    private final OrganisationService organisations;

    private final NotificationService notifications;

    CurrentUserAdvice(OrganisationService organisations, NotificationService notifications) {
        this.organisations = organisations;
        this.notifications = notifications;
    }

    /** None on an error page: it must show even when the database cannot be reached. */
    @ModelAttribute("unreadNotifications")
    long unreadNotifications(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR ? 0 : notifications.unreadCount();
    }

    @ModelAttribute("currentUser")
    @Nullable
    CurrentUser currentUser() {
        return organisations.findCurrentUser().orElse(null);
    }
}
