package nl.matchpunt.clients;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.shared.Task;
import nl.matchpunt.shared.TaskSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits in clients: for the coordinator, the requests for urgency to decide (longest waiting first); for a
 * care provider, its registrations not yet submitted. Neither has a deadline of its own.
 */
@Component
@Transactional(readOnly = true)
class ClientTasks implements TaskSource {

    private final ClientRepository clients;

    private final OrganisationService organisations;

    ClientTasks(ClientRepository clients, OrganisationService organisations) {
        this.clients = clients;
        this.organisations = organisations;
    }

    @Override
    public List<Task> tasksOfCurrentUser(LocalDate today) {
        CurrentUser user = organisations.currentUser();
        List<Task> tasks = new ArrayList<>();
        if (user.isCoordinator()) {
            for (Client client :
                    clients.findByStatusOrderBySubmittedAtAscIdAsc(ClientStatus.SUBMITTED, PageRequest.of(0, LIMIT))) {
                tasks.add(task("clients.task.decide", client, "/clients/" + client.getId() + "/decision"));
            }
        } else if (user.isCareProviderStaff()) {
            for (Client client : clients.findByCareProviderIdAndStatusOrderByIdAsc(
                    user.organisationId(), ClientStatus.DRAFT, PageRequest.of(0, LIMIT))) {
                tasks.add(task("clients.task.submit", client, "/clients/" + client.getId()));
            }
        }
        return tasks;
    }

    private static Task task(String message, Client client, String link) {
        return new Task(message, List.of(client.getClientCode()), null, link, client.getId());
    }
}
