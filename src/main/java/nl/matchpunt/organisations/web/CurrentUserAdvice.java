package nl.matchpunt.organisations.web;

import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.OrganisationService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user in every page's model, for the layout's menu per role. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

    private final OrganisationService organisations;

    CurrentUserAdvice(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute("currentUser")
    @Nullable
    CurrentUser currentUser() {
        return organisations.findCurrentUser().orElse(null);
    }
}
