package nl.matchpunt.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.matchpunt.matching.PlacementAgreed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the cross-module events published on any thread (HTTP requests included), for assertions. */
@Component
public class RecordedEvents {

    private final List<PlacementAgreed> placements = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PlacementAgreed event) {
        placements.add(event);
    }

    public List<PlacementAgreed> placements() {
        return List.copyOf(placements);
    }
}
