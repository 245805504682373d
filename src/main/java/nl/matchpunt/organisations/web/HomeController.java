package nl.matchpunt.organisations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.matchpunt.shared.PersonalDataListed;
import nl.matchpunt.shared.Task;
import nl.matchpunt.shared.TaskSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: the user's to-do list, then the way to each list. */
@Controller
class HomeController {

    /** The tasks with a deadline the start page shows, and as many without; the lists behind the tiles hold the rest. */
    static final int SHOWN = 30;

    private static final Comparator<Task> SOONEST_FIRST =
            Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ObjectProvider<TaskSource> taskSources;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    HomeController(ObjectProvider<TaskSource> taskSources, ApplicationEventPublisher events, Clock clock) {
        this.taskSources = taskSources;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The start page: what waits for the user in every module, soonest deadline first (overdue at the top), each
     * with one link to where it is done. The clients it names are recorded once each, like any list.
     */
    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Task> all = taskSources
                .orderedStream()
                .flatMap(source -> source.tasksOfCurrentUser(today).stream())
                .sorted(SOONEST_FIRST)
                .toList();
        // the soonest deadlines, then the work without one (a request to decide), so neither hides the other
        List<Task> shown = Stream.concat(
                        all.stream().filter(task -> task.due() != null).limit(SHOWN),
                        all.stream().filter(task -> task.due() == null).limit(SHOWN))
                .toList();
        events.publishEvent(PersonalDataListed.of(
                "CLIENT",
                shown.stream().map(Task::clientId).filter(Objects::nonNull).toList(),
                "home"));
        model.addAttribute("tasks", shown);
        model.addAttribute("taskCount", all.size());
        model.addAttribute("today", today);
        return "home";
    }
}
