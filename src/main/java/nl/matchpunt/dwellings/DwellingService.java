package nl.matchpunt.dwellings;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationSummary;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.shared.NotFoundException;
import nl.matchpunt.shared.PersonalDataAccessed;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's public API. For users: register, edit, withdraw, read and list vacancies, always limited to the
 * user's own corporation (the municipality reads all); a vacancy of another corporation is reported exactly like
 * a missing one. For the matching module: the available dwellings and the status changes of a proposal (system
 * calls, not limited to a user). Every change is written to the dwelling's history and published as an audit
 * event.
 */
@Service
@Transactional
public class DwellingService {

    static final String SUBJECT = "DWELLING";

    static final String SYSTEM_USER = "systeem";

    /** Earlier than any vacancy: the "available from" filter when none is given. */
    private static final LocalDate NO_DATE = LocalDate.of(1900, 1, 1);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private static final String CORPORATION_STAFF = "hasRole('CORPORATION_STAFF')";

    private final DwellingRepository dwellings;

    private final DwellingChangeRepository changes;

    private final DwellingBatchWriter batchWriter;

    private final OrganisationService organisations;

    private final GeographyService geography;

    private final Validator validator;

    private final MessageSource messages;

    private final SocialRentLimits rentLimits;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    DwellingService(
            DwellingRepository dwellings,
            DwellingChangeRepository changes,
            DwellingBatchWriter batchWriter,
            OrganisationService organisations,
            GeographyService geography,
            Validator validator,
            MessageSource messages,
            SocialRentLimits rentLimits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.dwellings = dwellings;
        this.changes = changes;
        this.batchWriter = batchWriter;
        this.organisations = organisations;
        this.geography = geography;
        this.validator = validator;
        this.messages = messages;
        this.rentLimits = rentLimits;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- rules

    /**
     * Every broken rule of {@code data}, with messages in the user's language: the field rules of {@link
     * DwellingData}, the area lying within the district, and the rent within the social-rent limit of the year of
     * availability. Does not check the reference's uniqueness (that depends on the corporation).
     */
    @Transactional(readOnly = true)
    public List<FieldViolation> validate(DwellingData data) {
        return validate(data, new RegionIndex());
    }

    /** {@link #validate(DwellingData)} for many rows at once (a CSV file), in the same order. */
    @Transactional(readOnly = true)
    public List<List<FieldViolation>> validateAll(List<DwellingData> rows) {
        RegionIndex regions = new RegionIndex();
        return rows.stream().map(row -> validate(row, regions)).toList();
    }

    private List<FieldViolation> validate(DwellingData data, RegionIndex regions) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ConstraintViolation<DwellingData> violation : validator.validate(data)) {
            violations.add(new FieldViolation(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        Long districtId = data.districtId();
        Long areaId = data.areaId();
        if (districtId != null && !regions.isDistrict(districtId)) {
            violations.add(violation("districtId", "dwellings.district.unknown"));
        } else if (districtId != null && areaId != null && !regions.isAreaOf(areaId, districtId)) {
            violations.add(violation("areaId", "dwellings.area.notInDistrict"));
        }
        checkPostcode(data, regions, violations);
        LocalDate availableFrom = data.availableFrom();
        if (availableFrom != null
                && violations.stream().noneMatch(v -> v.field().equals("availableFrom"))) {
            VacancyDates range = VacancyDates.on(LocalDate.now(clock));
            if (range.tooEarly(availableFrom)) {
                violations.add(violation("availableFrom", "dwellings.availableFrom.tooEarly", day(range.earliest())));
            } else if (range.tooLate(availableFrom)) {
                violations.add(violation("availableFrom", "dwellings.availableFrom.tooLate", day(range.latest())));
            }
        }
        BigDecimal rent = data.rent();
        if (rent != null && data.availableFrom() != null) {
            int year = data.availableFrom().getYear();
            BigDecimal limit = rentLimits.forYear(year);
            if (rent.compareTo(limit) > 0) {
                violations.add(violation("rent", "dwellings.rent.aboveLimit", euros(limit), String.valueOf(year)));
            }
        }
        violations.sort(Comparator.comparing(FieldViolation::field));
        return violations;
    }

    /**
     * The postcode must lie in the programme's area, and in the chosen district (the table of postcode areas is
     * the geography module's). Checked only once the postcode itself is well-formed.
     */
    private void checkPostcode(DwellingData data, RegionIndex regions, List<FieldViolation> violations) {
        if (violations.stream().anyMatch(v -> v.field().equals("postcode"))) {
            return;
        }
        List<String> codes = geography.districtCodesOfPostcode(data.postcode());
        Long districtId = data.districtId();
        if (codes.isEmpty()) {
            violations.add(violation("postcode", "dwellings.postcode.outsideProgramme", data.postcode()));
        } else if (districtId != null && regions.isDistrict(districtId) && !codes.contains(regions.code(districtId))) {
            violations.add(
                    violation("districtId", "dwellings.district.notOfPostcode", data.postcode(), regions.names(codes)));
        }
    }

    /** The social-rent limit that applies to vacancies available in {@code year}. */
    public BigDecimal socialRentLimit(int year) {
        return rentLimits.forYear(year);
    }

    // ---------------------------------------------------------------- for users

    /** Registers a vacancy of the current user's corporation. */
    @PreAuthorize(CORPORATION_STAFF)
    public DwellingView register(DwellingData input) {
        CurrentUser user = organisations.currentUser();
        DwellingData data = input.normalised();
        List<FieldViolation> violations = validate(data);
        if (dwellings.existsByCorporationIdAndOwnReference(user.organisationId(), data.ownReference())) {
            violations.add(violation("ownReference", "dwellings.ownReference.taken"));
        }
        refuseIfAny(violations);
        Dwelling dwelling = dwellings.save(new Dwelling(user.organisationId(), data, clock.instant()));
        record(dwelling, "CREATED", null, null, null);
        events.publishEvent(PersonalDataAccessed.of("CREATE", SUBJECT, dwelling.getId()));
        events.publishEvent(new DwellingRegistered(dwelling.getId(), dwelling.getCorporationId()));
        return view(dwelling);
    }

    /**
     * Changes a vacancy of the current user's corporation while it is available. {@code expectedVersion} is the
     * version the user started from; when someone else changed it since, {@link DwellingConflictException} tells
     * the current values.
     */
    @PreAuthorize(CORPORATION_STAFF)
    public DwellingView update(Long id, long expectedVersion, DwellingData input) {
        Dwelling dwelling = owned(id);
        if (dwelling.getVersion() != expectedVersion) {
            throw new DwellingConflictException(view(dwelling));
        }
        DwellingData data = input.normalised();
        List<FieldViolation> violations = validate(data);
        if (dwellings.existsByCorporationIdAndOwnReferenceAndIdNot(
                dwelling.getCorporationId(), data.ownReference(), id)) {
            violations.add(violation("ownReference", "dwellings.ownReference.taken"));
        }
        refuseIfAny(violations);
        List<Dwelling.Change> changed = dwelling.update(data);
        if (!changed.isEmpty()) {
            Instant now = clock.instant();
            String username = username();
            Names names = new Names();
            for (Dwelling.Change change : changed) {
                boolean region =
                        change.field().equals("districtId") || change.field().equals("areaId");
                changes.save(new DwellingChange(
                        id,
                        now,
                        username,
                        "UPDATED",
                        change.field(),
                        region ? names.regionName(change.oldValue()) : change.oldValue(),
                        region ? names.regionName(change.newValue()) : change.newValue()));
            }
            dwellings.flush();
            events.publishEvent(PersonalDataAccessed.of("UPDATE", SUBJECT, id));
        }
        return view(dwelling);
    }

    /** Withdraws a vacancy of the current user's corporation, with a reason. */
    @PreAuthorize(CORPORATION_STAFF)
    public DwellingView withdraw(Long id, String reason) {
        Dwelling dwelling = owned(id);
        DwellingStatus before = dwelling.getStatus();
        dwelling.withdraw(reason, clock.instant());
        record(dwelling, "WITHDRAWN", "status", before.name(), DwellingStatus.WITHDRAWN.name());
        record(dwelling, "WITHDRAWN", "withdrawalReason", null, dwelling.getWithdrawalReason());
        events.publishEvent(PersonalDataAccessed.of("WITHDRAW", SUBJECT, id));
        events.publishEvent(new DwellingWithdrawn(id, dwelling.getCorporationId(), reason.strip()));
        return view(dwelling);
    }

    /** A vacancy the current user may see: their corporation's, or any for the municipality. */
    @Transactional(readOnly = true)
    public DwellingView get(Long id) {
        return view(visible(id));
    }

    /** The history of a vacancy the current user may see, newest first. */
    @Transactional(readOnly = true)
    public List<DwellingHistoryEntry> history(Long id) {
        visible(id);
        return changes.findByDwellingIdOrderByOccurredAtDescIdDesc(id).stream()
                .map(DwellingChange::toEntry)
                .toList();
    }

    /** A page of the vacancies the current user may see; a corporation's filter is always its own. */
    @Transactional(readOnly = true)
    public Page<DwellingView> list(DwellingFilter filter, Pageable pageable) {
        CurrentUser user = organisations.currentUser();
        Long corporationId = scopeOf(user).orElse(filter.corporationId());
        LocalDate availableFrom = filter.availableFrom() == null ? NO_DATE : filter.availableFrom();
        Page<Dwelling> page =
                dwellings.search(corporationId, filter.status(), filter.districtId(), availableFrom, pageable);
        Names names = new Names();
        return page.map(names::view);
    }

    /** Which of {@code references} the current user's corporation already uses. */
    @Transactional(readOnly = true)
    @PreAuthorize(CORPORATION_STAFF)
    public Set<String> existingReferences(Collection<String> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        Long corporationId = organisations.currentUser().organisationId();
        Set<String> existing = new HashSet<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(references));
        for (int start = 0; start < all.size(); start += 1000) {
            existing.addAll(dwellings.existingReferences(
                    corporationId, all.subList(start, Math.min(all.size(), start + 1000))));
        }
        return existing;
    }

    /**
     * Imports many vacancies for the current user's corporation in JDBC batches: every row is checked again, and
     * rows whose reference exists already (or earlier in the same list) are skipped, so nothing is imported twice.
     */
    @PreAuthorize(CORPORATION_STAFF)
    public ImportResult importAll(List<DwellingData> rows) {
        CurrentUser user = organisations.currentUser();
        Set<String> taken = new HashSet<>(existingReferences(
                rows.stream().map(row -> row.ownReference().strip()).toList()));
        Instant now = clock.instant();
        List<NewDwellingRow> accepted = new ArrayList<>();
        int skipped = 0;
        RegionIndex regions = new RegionIndex();
        for (DwellingData row : rows) {
            DwellingData data = row.normalised();
            if (!validate(data, regions).isEmpty() || !taken.add(data.ownReference())) {
                skipped++;
                continue;
            }
            accepted.add(new NewDwellingRow(
                    user.organisationId(),
                    data,
                    DwellingStatus.AVAILABLE,
                    now,
                    now,
                    null,
                    user.username(),
                    "IMPORTED"));
        }
        List<Long> ids = batchWriter.insert(accepted);
        for (Long id : ids) {
            events.publishEvent(PersonalDataAccessed.of("CREATE", SUBJECT, id));
            events.publishEvent(new DwellingRegistered(id, user.organisationId()));
        }
        return new ImportResult(ids.size(), skipped);
    }

    // ---------------------------------------------------------------- for the matching module (system calls)

    /** The available vacancies, oldest available-from first, with district and area names. */
    @Transactional(readOnly = true)
    public List<AvailableDwelling> availableForMatching() {
        return forMatching(DwellingStatus.AVAILABLE);
    }

    /** The let dwellings, oldest available-from first: the history of past placements. A system call. */
    @Transactional(readOnly = true)
    public List<AvailableDwelling> letDwellings() {
        return forMatching(DwellingStatus.LET);
    }

    private List<AvailableDwelling> forMatching(DwellingStatus status) {
        Names names = new Names();
        return dwellings.findByStatusOrderByAvailableFromAscIdAsc(status).stream()
                .map(dwelling -> new AvailableDwelling(
                        dwelling.getId(),
                        dwelling.getCorporationId(),
                        dwelling.getDistrictId(),
                        names.region(dwelling.getDistrictId()),
                        dwelling.getAreaId(),
                        names.region(dwelling.getAreaId()),
                        dwelling.getRent(),
                        dwelling.getRooms(),
                        dwelling.getLivingArea(),
                        dwelling.getFloor(),
                        dwelling.isElevator(),
                        dwelling.isAccessible(),
                        dwelling.isSharedEntrance(),
                        dwelling.getAvailableFrom()))
                .toList();
    }

    /** The dwelling is proposed to a client (AVAILABLE → PROPOSED). */
    public void propose(Long id) {
        transition(id, "PROPOSED", dwelling -> dwelling.propose(clock.instant()));
    }

    /** The proposal was declined or withdrawn (PROPOSED → AVAILABLE). */
    public void releaseProposal(Long id) {
        transition(id, "RELEASED", dwelling -> dwelling.releaseProposal(clock.instant()));
    }

    /** Both parties accepted (PROPOSED → ALLOCATED). */
    public void allocate(Long id) {
        transition(id, "ALLOCATED", dwelling -> dwelling.allocate(clock.instant()));
    }

    /** The lease is signed (ALLOCATED → LET). */
    public void markLet(Long id) {
        transition(id, "LET", dwelling -> dwelling.let(clock.instant()));
    }

    /**
     * The dwelling as the parties of a proposal see it. A system call: the matching module checks that the
     * viewer is party to a proposal for it.
     */
    @Transactional(readOnly = true)
    public DwellingView viewForMatching(Long id) {
        return view(dwellings.findById(id).orElseThrow(() -> new NotFoundException("dwelling", id)));
    }

    /** The dwelling's address on one line, as proposals and cases show it. */
    @Transactional(readOnly = true)
    public String labelForMatching(Long id) {
        DwellingView view = viewForMatching(id);
        return view.address() + ", " + view.postcode() + " " + view.city();
    }

    /** The corporation declined a proposal because the dwelling is not available after all (→ WITHDRAWN). */
    public void withdrawForMatching(Long id, String reason) {
        transition(id, "WITHDRAWN", dwelling -> dwelling.withdraw(reason, clock.instant()));
    }

    // ---------------------------------------------------------------- internals

    private void transition(Long id, String action, Consumer<Dwelling> change) {
        Dwelling dwelling = dwellings.findById(id).orElseThrow(() -> new NotFoundException("dwelling", id));
        DwellingStatus before = dwelling.getStatus();
        change.accept(dwelling);
        record(dwelling, action, "status", before.name(), dwelling.getStatus().name());
        events.publishEvent(PersonalDataAccessed.of("UPDATE", SUBJECT, id));
    }

    /** A dwelling of the current user's own corporation (for changes). */
    private Dwelling owned(Long id) {
        Long corporationId = organisations.currentUser().organisationId();
        return dwellings.findByIdAndCorporationId(id, corporationId).orElseThrow(() -> notFound(id));
    }

    /** A dwelling the current user may read. */
    private Dwelling visible(Long id) {
        CurrentUser user = organisations.currentUser();
        if (!user.isMunicipality() && !user.isCorporationStaff()) {
            throw notFound(id);
        }
        return scopeOf(user)
                .map(corporationId -> dwellings.findByIdAndCorporationId(id, corporationId))
                .orElseGet(() -> dwellings.findById(id))
                .orElseThrow(() -> notFound(id));
    }

    /** The corporation a user is limited to; empty for the municipality, which sees all. */
    private static Optional<Long> scopeOf(CurrentUser user) {
        return user.isMunicipality() ? Optional.empty() : Optional.of(user.organisationId());
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("dwelling", id);
    }

    private void record(
            Dwelling dwelling,
            String action,
            @Nullable String field,
            @Nullable String oldValue,
            @Nullable String newValue) {
        changes.save(
                new DwellingChange(dwelling.getId(), clock.instant(), username(), action, field, oldValue, newValue));
    }

    private String username() {
        return organisations.findCurrentUser().map(CurrentUser::username).orElse(SYSTEM_USER);
    }

    /** The districts and their areas, read once for a batch of checks. */
    private final class RegionIndex {

        private final Map<Long, Region> districts = new HashMap<>();

        private final Map<Long, Long> districtOfArea = new HashMap<>();

        RegionIndex() {
            geography.districts().forEach(district -> districts.put(district.id(), district));
            geography.areas().forEach(area -> districtOfArea.put(area.id(), area.parentId()));
        }

        boolean isDistrict(Long id) {
            return districts.containsKey(id);
        }

        String code(Long districtId) {
            return districts.get(districtId).code();
        }

        /** The names of the districts with {@code codes}, in alphabetical order, separated by slashes. */
        String names(List<String> codes) {
            List<String> names = districts.values().stream()
                    .filter(district -> codes.contains(district.code()))
                    .map(Region::name)
                    .sorted()
                    .toList();
            return String.join(" / ", names);
        }

        boolean isAreaOf(Long areaId, Long districtId) {
            return districtId.equals(districtOfArea.get(areaId));
        }
    }

    private FieldViolation violation(String field, String key, Object... arguments) {
        return new FieldViolation(field, messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
    }

    private static void refuseIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidDwellingException(violations);
        }
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String euros(BigDecimal amount) {
        return String.format(LocaleContextHolder.getLocale(), "€ %,.2f", amount);
    }

    private DwellingView view(Dwelling dwelling) {
        return new Names(false).view(dwelling);
    }

    /** Names of corporations and regions, looked up once per request. */
    private final class Names {

        private final Map<Long, String> regions = new HashMap<>();

        private final Map<Long, String> corporations = new HashMap<>();

        /** Whether to read all names at the first look-up (for a page of dwellings) or each by its id (for one). */
        private final boolean prefetch;

        Names() {
            this(true);
        }

        Names(boolean prefetch) {
            this.prefetch = prefetch;
        }

        String region(Long id) {
            if (prefetch && regions.isEmpty()) {
                for (Region region : geography.districts()) {
                    regions.put(region.id(), region.name());
                }
                for (Region region : geography.areas()) {
                    regions.put(region.id(), region.name());
                }
            }
            return regions.computeIfAbsent(id, missing -> geography.get(missing).name());
        }

        @Nullable
        String regionName(@Nullable String id) {
            return id == null ? null : region(Long.valueOf(id));
        }

        String corporation(Long id) {
            if (prefetch && corporations.isEmpty()) {
                // all names in one query, rather than one query per corporation on the page
                for (OrganisationSummary organisation : organisations.ofType(OrganisationType.HOUSING_CORPORATION)) {
                    corporations.put(organisation.id(), organisation.name());
                }
            }
            return corporations.computeIfAbsent(
                    id, missing -> organisations.get(missing).name());
        }

        DwellingView view(Dwelling dwelling) {
            return new DwellingView(
                    dwelling.getId(),
                    dwelling.getCorporationId(),
                    corporation(dwelling.getCorporationId()),
                    dwelling.getOwnReference(),
                    dwelling.getStreet(),
                    dwelling.getHouseNumber(),
                    dwelling.getHouseNumberAddition(),
                    dwelling.getPostcode(),
                    dwelling.getCity(),
                    dwelling.getDistrictId(),
                    region(dwelling.getDistrictId()),
                    dwelling.getAreaId(),
                    region(dwelling.getAreaId()),
                    dwelling.getRent(),
                    dwelling.getRooms(),
                    dwelling.getLivingArea(),
                    dwelling.getFloor(),
                    dwelling.isElevator(),
                    dwelling.isAccessible(),
                    dwelling.isSharedEntrance(),
                    dwelling.getAvailableFrom(),
                    dwelling.getNote(),
                    dwelling.getStatus(),
                    dwelling.getWithdrawalReason(),
                    dwelling.getStatusChangedAt(),
                    dwelling.getVersion());
        }
    }
}
