package nl.matchpunt.clients;

import java.util.List;
import org.springframework.data.repository.Repository;

interface ConsentChangeRepository extends Repository<ConsentChange, Long> {

    ConsentChange save(ConsentChange change);

    List<ConsentChange> findByClientIdOrderByRecordedAtAscIdAsc(Long clientId);
}
