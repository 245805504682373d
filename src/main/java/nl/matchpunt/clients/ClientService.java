package nl.matchpunt.clients;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.matchpunt.audit.AuditEntry;
import nl.matchpunt.audit.AuditService;
import nl.matchpunt.clients.internal.BsnProtector;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationSummary;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import nl.matchpunt.shared.PersonalDataAccessed;
import nl.matchpunt.shared.PersonalDataListed;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's public API. For users: clients scoped to the current user's organisation (a care provider sees
 * only its own clients, the coordinator all; anyone else none, and another organisation's client is reported as
 * missing), the coordinator's decisions, the administrator's target groups. For the matching module (system
 * calls, not scoped): the waiting clients, the status changes of a proposal, and the consent-limited
 * {@link #corporationView(Long)}. Every read of a client's details and every change is audited.
 */
@Service
@Transactional
public class ClientService {

    static final String SUBJECT = "CLIENT";

    static final String SEARCH_BSN = "SEARCH_BSN";

    private static final Set<ClientStatus> WAITING =
            EnumSet.of(ClientStatus.ELIGIBLE, ClientStatus.PROPOSED, ClientStatus.PARKED);

    private final ClientRepository clients;

    private final TargetGroupRepository targetGroups;

    private final OrganisationService organisations;

    private final AuditService audit;

    private final BsnProtector bsnProtector;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final ClientRetentionJob retention;

    private final ConsentChangeRepository consentHistory;

    private final ObjectProvider<ClientRecordSource> recordSources;

    ClientService(
            ClientRepository clients,
            TargetGroupRepository targetGroups,
            OrganisationService organisations,
            AuditService audit,
            BsnProtector bsnProtector,
            ApplicationEventPublisher events,
            Clock clock,
            ClientRetentionJob retention,
            ConsentChangeRepository consentHistory,
            ObjectProvider<ClientRecordSource> recordSources) {
        this.clients = clients;
        this.targetGroups = targetGroups;
        this.organisations = organisations;
        this.audit = audit;
        this.bsnProtector = bsnProtector;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
        this.consentHistory = consentHistory;
        this.recordSources = recordSources;
    }

    // --- care provider and coordinator ---------------------------------------------------------------------

    /** The clients the current user may see, filtered and paged on the server. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CARE_PROVIDER_STAFF', 'COORDINATOR')")
    public Page<ClientSummary> list(ClientFilter filter, Pageable pageable) {
        CurrentUser user = organisations.currentUser();
        Long careProviderId = user.isCoordinator() ? filter.careProviderId() : user.organisationId();
        LocalDate today = LocalDate.now(clock);
        Specification<Client> specification = (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (careProviderId != null) {
                predicates.add(cb.equal(root.get("careProviderId"), careProviderId));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.targetGroupId() != null) {
                predicates.add(cb.equal(root.get("targetGroupId"), filter.targetGroupId()));
            }
            if (filter.minDaysWaiting() != null) {
                predicates.add(root.get("status").in(WAITING));
                predicates.add(cb.lessThanOrEqualTo(
                        root.get("eligibleSince"), today.minusDays(Math.max(0, filter.minDaysWaiting()))));
            }
            String search = filter.query() == null ? "" : filter.query().strip();
            if (!search.isEmpty()) {
                List<Predicate> anyOf = new ArrayList<>();
                String pattern =
                        "%" + search.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
                anyOf.add(cb.like(cb.lower(root.get("name")), pattern));
                anyOf.add(cb.like(cb.lower(root.get("clientCode")), pattern));
                predicates.add(cb.or(anyOf.toArray(Predicate[]::new)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        Sort sort = filter.minDaysWaiting() != null
                ? Sort.by("eligibleSince").ascending().and(Sort.by("id"))
                : Sort.by("id").descending();
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        Names names = names();
        Page<ClientSummary> page = clients.findAll(specification, sorted).map(client -> summary(client, names, today));
        listed(page.getContent(), "clients");
        return page;
    }

    /**
     * The clients with this BSN that the current user may see (a care provider its own, the coordinator all).
     * Audited as one record per client found, or one record of the search when none is found; the BSN itself
     * is never written to the audit or a log.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CARE_PROVIDER_STAFF', 'COORDINATOR')")
    public List<ClientSummary> searchByBsn(String bsn) {
        if (!Bsn.isValid(bsn)) {
            throw new DomainException("clients.bsn.invalid");
        }
        CurrentUser user = organisations.currentUser();
        String index = bsnProtector.blindIndex(Bsn.normalise(bsn));
        Names names = names();
        LocalDate today = LocalDate.now(clock);
        List<ClientSummary> found = clients.findByBsnIndexOrderByIdDesc(index).stream()
                .filter(client ->
                        user.isCoordinator() || client.getCareProviderId().equals(user.organisationId()))
                .map(client -> summary(client, names, today))
                .toList();
        if (found.isEmpty()) {
            events.publishEvent(new PersonalDataAccessed(SEARCH_BSN, "CLIENT_SEARCH", "none", "bsn-search"));
        } else {
            events.publishEvent(new PersonalDataListed(
                    SEARCH_BSN,
                    SUBJECT,
                    found.stream().map(client -> client.id().toString()).toList(),
                    "bsn-search"));
        }
        return found;
    }

    /** One client's details; every call is one audit record (a read of personal data). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CARE_PROVIDER_STAFF', 'COORDINATOR')")
    public ClientDetails get(Long id) {
        Client client = visible(id);
        events.publishEvent(PersonalDataAccessed.of("READ", SUBJECT, id));
        return details(client);
    }

    /** When the personal data of a client the user sees (its details) will be anonymised. Not itself a read. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CARE_PROVIDER_STAFF', 'COORDINATOR')")
    public Retention retention(ClientDetails client) {
        return retention.retentionOf(client.status(), client.id(), client.closedOn());
    }

    /** The client code of a client the current user may see (not personal data: no audit record). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CARE_PROVIDER_STAFF', 'COORDINATOR')")
    public String clientCode(Long id) {
        return visible(id).getClientCode();
    }

    /**
     * The client code for the coordinator's decision page; each showing of that page is one audit record (the
     * decision is taken with the client's data in view).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('COORDINATOR')")
    public String clientCodeForDecision(Long id) {
        String code = visible(id).getClientCode();
        events.publishEvent(new PersonalDataAccessed("READ", SUBJECT, id.toString(), "decision"));
        return code;
    }

    /** The care provider registers a client (status DRAFT); returns its id. */
    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    public Long register(ClientPersonalData data, String bsn) {
        CurrentUser user = organisations.currentUser();
        requireActiveTargetGroup(data.targetGroupId());
        String digits = checkedBsn(bsn);
        String index = bsnProtector.blindIndex(digits);
        if (clients.existsByCareProviderIdAndBsnIndexAndStatusNotIn(
                user.organisationId(), index, ClientStatus.CLOSED)) {
            throw new DomainException("clients.bsn.duplicate");
        }
        Client client = new Client(nextClientCode(), user.organisationId(), data, clock.instant());
        client.storeBsn(bsnProtector.encrypt(digits), index);
        Long id = clients.save(client).getId();
        events.publishEvent(PersonalDataAccessed.of("CREATE", SUBJECT, id));
        return id;
    }

    /** The care provider changes the personal data; a blank {@code bsn} keeps the stored one. */
    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    public void update(Long id, long version, ClientPersonalData data, @Nullable String bsn) {
        Client client = owned(id, version);
        if (!data.targetGroupId().equals(client.getTargetGroupId())) {
            requireActiveTargetGroup(data.targetGroupId());
        }
        client.changePersonalData(data, clock.instant());
        if (bsn != null && !bsn.isBlank()) {
            String digits = checkedBsn(bsn);
            String index = bsnProtector.blindIndex(digits);
            if (clients.existsByCareProviderIdAndBsnIndexAndStatusNotInAndIdNot(
                    client.getCareProviderId(), index, ClientStatus.CLOSED, id)) {
                throw new DomainException("clients.bsn.duplicate");
            }
            client.storeBsn(bsnProtector.encrypt(digits), index);
        }
        events.publishEvent(new PersonalDataAccessed("UPDATE", SUBJECT, id.toString(), "personal data"));
    }

    /** The care provider fills in the housing-need profile and records what the client consents to share. */
    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    public void updateProfile(Long id, long version, ClientProfile profile, Set<SharedField> sharedFields) {
        Client client = owned(id, version);
        client.changeProfile(profile, clock.instant());
        boolean consentChanged = client.getConsentRecordedAt() == null
                || !Set.copyOf(client.getSharedFields()).equals(Set.copyOf(sharedFields));
        String username = organisations.currentUser().username();
        client.recordConsent(sharedFields, username, clock.instant());
        if (consentChanged) {
            consentHistory.save(new ConsentChange(id, sharedFields, clock.instant(), username));
        }
        events.publishEvent(new PersonalDataAccessed("UPDATE", SUBJECT, id.toString(), "profile and consent"));
    }

    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    public void submit(Long id) {
        owned(id, null).submit(clock.instant());
        changed(id, "submitted");
    }

    @PreAuthorize("hasRole('CARE_PROVIDER_STAFF')")
    public void withdraw(Long id, String reason) {
        owned(id, null).withdraw(reason.strip(), LocalDate.now(clock), clock.instant());
        changed(id, "withdrawn");
    }

    /** The access log of a client the current user may see, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CARE_PROVIDER_STAFF', 'COORDINATOR')")
    public List<AuditEntry> accessLog(Long id) {
        visible(id);
        return audit.accessLog(SUBJECT, id);
    }

    // --- coordinator ---------------------------------------------------------------------------------------

    /** Submitted clients waiting for an eligibility decision, the longest waiting first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('COORDINATOR')")
    public Page<ClientSummary> queue(Pageable pageable) {
        Names names = names();
        LocalDate today = LocalDate.now(clock);
        Page<ClientSummary> page = clients.findByStatusOrderBySubmittedAtAscIdAsc(ClientStatus.SUBMITTED, pageable)
                .map(client -> summary(client, names, today));
        listed(page.getContent(), "queue");
        return page;
    }

    /** The eligibility decision: the client waits from {@code eligibleSince} (the three-month clock). */
    @PreAuthorize("hasRole('COORDINATOR')")
    public void approve(Long id, LocalDate eligibleSince) {
        if (eligibleSince.isAfter(LocalDate.now(clock))) {
            throw new DomainException("clients.approve.future");
        }
        visible(id).approve(eligibleSince, organisations.currentUser().username(), clock.instant());
        changed(id, "eligible");
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    public void reject(Long id, String reason) {
        visible(id)
                .reject(reason.strip(), organisations.currentUser().username(), LocalDate.now(clock), clock.instant());
        changed(id, "rejected");
    }

    /** The coordinator parks a client until a date, with a reason; it is not matched meanwhile. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public void parkByCoordinator(Long id, LocalDate until, String reason) {
        visible(id).park(until, reason.strip(), LocalDate.now(clock), clock.instant());
        changed(id, "parked");
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    public void unpark(Long id) {
        visible(id).unpark(clock.instant());
        changed(id, "unparked");
    }

    /**
     * Subject access: everything stored about one client, with its access log, as JSON-ready maps. Audited as
     * an export.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('COORDINATOR')")
    public Map<String, Object> export(Long id) {
        Client client = visible(id);
        ClientDetails details = details(client);
        events.publishEvent(PersonalDataAccessed.of("EXPORT", SUBJECT, id));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        export.put("client", details);
        export.put("consentHistory", consentHistory(client));
        List<ClientRecordPart> parts = recordSources
                .orderedStream()
                .flatMap(source -> source.about(id).stream())
                .toList();
        for (ClientRecordPart part : parts) {
            export.put(part.section(), part.entries());
        }
        export.put("accessLog", audit.accessLog(SUBJECT, id));
        Map<String, List<AuditEntry>> related = new LinkedHashMap<>();
        for (ClientRecordPart part : parts) {
            for (Long subjectId : part.auditSubjectIds()) {
                related.put(
                        part.auditSubjectType() + " " + subjectId, audit.accessLog(part.auditSubjectType(), subjectId));
            }
        }
        export.put("relatedAccessLogs", related);
        return export;
    }

    /**
     * The consent history, oldest first. Consent recorded before the history was kept (no change stored) appears
     * as one entry: the consent as it stands, at the moment it was recorded.
     */
    private List<Map<String, Object>> consentHistory(Client client) {
        List<Map<String, Object>> history = new ArrayList<>();
        for (ConsentChange change : consentHistory.findByClientIdOrderByRecordedAtAscIdAsc(client.getId())) {
            history.add(consentEntry(change.getRecordedAt(), change.getRecordedBy(), change.getSharedFields()));
        }
        if (history.isEmpty() && client.getConsentRecordedAt() != null) {
            history.add(consentEntry(
                    client.getConsentRecordedAt(),
                    client.getConsentRecordedBy() == null ? "" : client.getConsentRecordedBy(),
                    client.getSharedFields()));
        }
        return history;
    }

    private static Map<String, Object> consentEntry(java.time.Instant at, String by, Set<SharedField> fields) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("recordedAt", at.toString());
        entry.put("recordedBy", by);
        entry.put("sharedFields", EnumSet.copyOf(fields.isEmpty() ? EnumSet.noneOf(SharedField.class) : fields));
        return entry;
    }

    // --- target groups -------------------------------------------------------------------------------------

    /** All target groups, active or not, in their order; for the quota and matching modules too. */
    @Transactional(readOnly = true)
    public List<TargetGroupSummary> targetGroups() {
        return targetGroups.findAllByOrderBySortOrderAscNameAsc().stream()
                .map(TargetGroup::toSummary)
                .toList();
    }

    /** The target groups a new client can be registered in. */
    @Transactional(readOnly = true)
    public List<TargetGroupSummary> activeTargetGroups() {
        return targetGroups().stream().filter(TargetGroupSummary::active).toList();
    }

    @Transactional(readOnly = true)
    public TargetGroupSummary targetGroup(Long id) {
        return targetGroups
                .findById(id)
                .map(TargetGroup::toSummary)
                .orElseThrow(() -> new NotFoundException("target group", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public TargetGroupSummary createTargetGroup(
            String code, String name, boolean countsTowardsQuota, boolean withSupport) {
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (targetGroups.existsByCode(normalised)) {
            throw new DomainException("clients.targetGroup.code.taken");
        }
        int order = targetGroups().stream()
                        .mapToInt(TargetGroupSummary::sortOrder)
                        .max()
                        .orElse(0)
                + 10;
        return targetGroups
                .save(new TargetGroup(normalised, name.strip(), countsTowardsQuota, withSupport, order))
                .toSummary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void changeTargetGroup(
            Long id, String name, boolean countsTowardsQuota, boolean withSupport, boolean active) {
        targetGroups
                .findById(id)
                .orElseThrow(() -> new NotFoundException("target group", id))
                .change(name.strip(), countsTowardsQuota, withSupport, active);
    }

    // --- for the matching module (system calls) ------------------------------------------------------------

    /**
     * Placed clients with their placement date, oldest first: the history the matching module's demo data pairs
     * with let dwellings. A system call.
     */
    @Transactional(readOnly = true)
    public List<PlacedClient> placedClients() {
        Map<Long, TargetGroupSummary> groups =
                targetGroups().stream().collect(Collectors.toMap(TargetGroupSummary::id, Function.identity()));
        List<PlacedClient> placed = new ArrayList<>();
        for (Client client : clients.findByStatusOrderByPlacedOnAscIdAsc(ClientStatus.PLACED)) {
            if (client.profile().isEmpty() || client.getEligibleSince() == null || client.getPlacedOn() == null) {
                continue;
            }
            placed.add(new PlacedClient(
                    new WaitingClient(
                            client.getId(),
                            client.getClientCode(),
                            client.getCareProviderId(),
                            client.getTargetGroupId(),
                            groups.get(client.getTargetGroupId()).code(),
                            client.getAdults() == null ? 1 : client.getAdults(),
                            client.getChildren() == null ? 0 : client.getChildren(),
                            client.getEligibleSince(),
                            client.profile().get()),
                    client.getPlacedOn()));
        }
        return placed;
    }

    /** Clients waiting for a dwelling on {@code date}: eligible, or parked until that date at the latest. */
    @Transactional(readOnly = true)
    public List<WaitingClient> waitingForMatching(LocalDate date) {
        Map<Long, TargetGroupSummary> groups =
                targetGroups().stream().collect(Collectors.toMap(TargetGroupSummary::id, Function.identity()));
        List<WaitingClient> waiting = new ArrayList<>();
        for (Client client : clients.findWaiting(date)) {
            if (client.profile().isEmpty() || client.getEligibleSince() == null) {
                continue;
            }
            waiting.add(new WaitingClient(
                    client.getId(),
                    client.getClientCode(),
                    client.getCareProviderId(),
                    client.getTargetGroupId(),
                    groups.get(client.getTargetGroupId()).code(),
                    client.getAdults() == null ? 1 : client.getAdults(),
                    client.getChildren() == null ? 0 : client.getChildren(),
                    client.getEligibleSince(),
                    client.profile().get()));
        }
        return waiting;
    }

    public void markProposed(Long id) {
        system(id).propose(LocalDate.now(clock), clock.instant());
    }

    public void returnToQueue(Long id) {
        system(id).returnToQueue(clock.instant());
    }

    public void markPlaced(Long id) {
        system(id).place(LocalDate.now(clock), clock.instant());
    }

    /** Parks a client until a date, with a reason (e.g. after the client declined an offer). */
    public void park(Long id, LocalDate until, String reason) {
        system(id).park(until, reason, LocalDate.now(clock), clock.instant());
    }

    /**
     * What the corporation may see of a client, limited to the fields the client consented to share. The caller
     * (matching) checks that a proposal for this corporation exists. Audited as a read.
     */
    @Transactional(readOnly = true)
    public CorporationView corporationView(Long id) {
        Client client = system(id);
        Set<SharedField> shared = client.getSharedFields();
        ClientProfile profile = client.profile().orElse(null);
        events.publishEvent(new PersonalDataAccessed("READ", SUBJECT, id.toString(), "corporation view"));
        java.util.function.Predicate<SharedField> may =
                field -> ClientDisclosure.mayShow(ClientDisclosure.Access.CONSENTED, shared, field);
        return new CorporationView(
                id,
                client.getClientCode(),
                shared,
                may.test(SharedField.HOUSEHOLD) ? client.getAdults() : null,
                may.test(SharedField.HOUSEHOLD) ? client.getChildren() : null,
                may.test(SharedField.TARGET_GROUP)
                        ? targetGroup(client.getTargetGroupId()).name()
                        : null,
                may.test(SharedField.HARD_REQUIREMENTS) && profile != null
                        ? CorporationView.HardRequirements.of(profile)
                        : null,
                may.test(SharedField.SOFT_PREFERENCES) && profile != null
                        ? CorporationView.SoftPreferences.of(profile)
                        : null,
                may.test(SharedField.INCOME_BAND) ? client.getIncomeBand() : null,
                may.test(SharedField.PROFILE_NOTE) && profile != null ? profile.note() : null,
                may.test(SharedField.SUPERVISOR_CONTACT) ? client.getSupervisorName() : null,
                may.test(SharedField.SUPERVISOR_CONTACT) ? client.getSupervisorPhone() : null,
                may.test(SharedField.SUPERVISOR_CONTACT) ? client.getSupervisorEmail() : null,
                may.test(SharedField.NAME) ? client.getName() : null);
    }

    /**
     * What the client consented to share, per client id (a system call for read models that show clients of
     * another organisation, such as a corporation's case pages); a client without consent shares nothing.
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<SharedField>> consent(java.util.Collection<Long> ids) {
        Map<Long, Set<SharedField>> consent = new java.util.HashMap<>();
        for (Client client : clients.findAllById(ids)) {
            consent.put(client.getId(), Set.copyOf(client.getSharedFields()));
        }
        return consent;
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** The client if the current user may see it: the coordinator, or staff of the client's care provider. */
    private Client visible(Long id) {
        CurrentUser user = organisations.currentUser();
        Client client = clients.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        boolean ownCareProvider =
                user.isCareProviderStaff() && client.getCareProviderId().equals(user.organisationId());
        if (user.isCoordinator() || ownCareProvider) {
            return client;
        }
        throw new NotFoundException(SUBJECT, id);
    }

    /** The client if it belongs to the current user's care provider, at the version the user saw. */
    private Client owned(Long id, @Nullable Long version) {
        CurrentUser user = organisations.currentUser();
        Client client = clients.findById(id)
                .filter(found ->
                        user.isCareProviderStaff() && found.getCareProviderId().equals(user.organisationId()))
                .orElseThrow(() -> new NotFoundException(SUBJECT, id));
        if (version != null && version != client.getVersion()) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Client.class, id);
        }
        return client;
    }

    private Client system(Long id) {
        return clients.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /** One audit record per client shown on a list page. */
    private void listed(List<ClientSummary> shown, String page) {
        events.publishEvent(PersonalDataListed.of(
                SUBJECT, shown.stream().map(ClientSummary::id).toList(), page));
    }

    private void changed(Long id, String detail) {
        events.publishEvent(new PersonalDataAccessed("UPDATE", SUBJECT, id.toString(), detail));
    }

    private void requireActiveTargetGroup(Long targetGroupId) {
        if (targetGroups.findById(targetGroupId).filter(TargetGroup::isActive).isEmpty()) {
            throw new DomainException("clients.targetGroup.inactive");
        }
    }

    private static String checkedBsn(String bsn) {
        if (!Bsn.isValid(bsn)) {
            throw new DomainException("clients.bsn.invalid");
        }
        return Bsn.normalise(bsn);
    }

    private String nextClientCode() {
        return ClientCodes.format(LocalDate.now(clock).getYear(), clients.nextCodeNumber());
    }

    /** Names of care providers and target groups, looked up once per list. */
    private record Names(Map<Long, String> careProviders, Map<Long, String> targetGroups) {}

    private Names names() {
        return new Names(
                organisations.ofType(OrganisationType.CARE_PROVIDER).stream()
                        .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name)),
                targetGroups().stream().collect(Collectors.toMap(TargetGroupSummary::id, TargetGroupSummary::name)));
    }

    private static @Nullable Long daysWaiting(Client client, LocalDate today) {
        if (client.getEligibleSince() == null || !WAITING.contains(client.getStatus())) {
            return null;
        }
        return ChronoUnit.DAYS.between(client.getEligibleSince(), today);
    }

    private static ClientSummary summary(Client client, Names names, LocalDate today) {
        return new ClientSummary(
                client.getId(),
                client.getClientCode(),
                client.getName(),
                client.getStatus(),
                client.getCareProviderId(),
                names.careProviders().getOrDefault(client.getCareProviderId(), ""),
                client.getTargetGroupId(),
                names.targetGroups().getOrDefault(client.getTargetGroupId(), ""),
                client.getSubmittedAt(),
                client.getEligibleSince(),
                daysWaiting(client, today),
                client.getParkedUntil(),
                client.getPlacedOn());
    }

    private ClientDetails details(Client client) {
        String encrypted = client.getBsnEncrypted();
        return new ClientDetails(
                client.getId(),
                client.getClientCode(),
                client.getStatus(),
                client.getCareProviderId(),
                organisations.get(client.getCareProviderId()).name(),
                client.getName(),
                client.getDateOfBirth(),
                encrypted == null ? null : bsnProtector.decrypt(encrypted),
                client.getPhone(),
                client.getEmail(),
                client.getSupervisorName(),
                client.getSupervisorPhone(),
                client.getSupervisorEmail(),
                client.getTargetGroupId(),
                targetGroup(client.getTargetGroupId()).name(),
                client.getAdults(),
                client.getChildren(),
                client.getIncomeBand(),
                client.getCurrentLocation(),
                client.profile().orElse(null),
                client.getSharedFields(),
                client.getConsentRecordedAt(),
                client.getConsentRecordedBy(),
                client.getSubmittedAt(),
                client.getEligibleSince(),
                daysWaiting(client, LocalDate.now(clock)),
                client.getDecidedBy(),
                client.getRejectionReason(),
                client.getParkedUntil(),
                client.getParkReason(),
                client.getWithdrawalReason(),
                client.getPlacedOn(),
                client.getClosedOn(),
                client.getAnonymisedAt(),
                client.getCreatedAt(),
                client.getUpdatedAt(),
                client.getVersion());
    }
}
