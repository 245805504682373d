package nl.matchpunt.clients;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClientRepository extends JpaRepository<Client, Long>, JpaSpecificationExecutor<Client> {

    @Query(value = "select nextval('client_code_seq')", nativeQuery = true)
    long nextCodeNumber();

    Page<Client> findByStatusOrderBySubmittedAtAscIdAsc(ClientStatus status, Pageable pageable);

    List<Client> findByCareProviderIdAndStatusOrderByIdAsc(Long careProviderId, ClientStatus status, Pageable pageable);

    @Query("""
            select c from Client c
            where c.status = nl.matchpunt.clients.ClientStatus.ELIGIBLE
               or (c.status = nl.matchpunt.clients.ClientStatus.PARKED and c.parkedUntil <= :date)
            order by c.eligibleSince asc, c.id asc""")
    List<Client> findWaiting(@Param("date") LocalDate date);

    List<Client> findByStatusOrderByPlacedOnAscIdAsc(ClientStatus status);

    List<Client> findByStatusAndParkedUntilLessThanEqual(ClientStatus status, LocalDate date);

    List<Client> findByStatusInAndClosedOnLessThanEqualAndAnonymisedAtIsNull(
            Collection<ClientStatus> statuses, LocalDate closedOnOrBefore);

    List<Client> findByBsnIndexOrderByIdDesc(String bsnIndex);

    boolean existsByCareProviderIdAndBsnIndexAndStatusNotIn(
            Long careProviderId, String bsnIndex, Collection<ClientStatus> statuses);

    boolean existsByCareProviderIdAndBsnIndexAndStatusNotInAndIdNot(
            Long careProviderId, String bsnIndex, Collection<ClientStatus> statuses, Long id);
}
