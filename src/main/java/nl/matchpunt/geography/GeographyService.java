package nl.matchpunt.geography;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.matchpunt.shared.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's public API: districts, their areas, and lookups by id or code. */
@Service
@Transactional(readOnly = true)
public class GeographyService {

    private final GeoUnitRepository repository;

    private volatile Units snapshot;

    private final PostcodeDistricts postcodes;

    GeographyService(GeoUnitRepository repository, PostcodeDistricts postcodes) {
        this.repository = repository;
        this.postcodes = postcodes;
    }

    /**
     * The codes of the districts that {@code postcode} lies in, by its four digits: one as a rule, two where the
     * postcode area straddles a district border, none when it lies outside the programme's area.
     */
    public List<String> districtCodesOfPostcode(String postcode) {
        return postcodes.of(postcode);
    }

    public List<Region> districts() {
        return units().ofLevel(GeoLevel.DISTRICT);
    }

    public List<Region> areas() {
        return units().ofLevel(GeoLevel.AREA);
    }

    public List<Region> children(Long parentId) {
        return units().all().stream()
                .filter(unit -> Objects.equals(unit.parentId(), parentId))
                .toList();
    }

    public Region get(Long id) {
        Region region = units().byId().get(id);
        if (region == null) {
            throw new NotFoundException("region", id);
        }
        return region;
    }

    public Optional<Region> findByCode(String code) {
        return units().all().stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    /** True when {@code childId} lies (directly or further down) within {@code ancestorId}. */
    public boolean isWithin(Long childId, Long ancestorId) {
        Map<Long, Region> byId = units().byId();
        Region current = byId.get(childId);
        while (current != null && current.parentId() != null) {
            if (Objects.equals(current.parentId(), ancestorId)) {
                return true;
            }
            current = byId.get(current.parentId());
        }
        return false;
    }

    /**
     * The geography is read once and kept: its rows change only with a migration, while nearly every page and the
     * dashboard asked for the districts and areas again (three queries of a list page's eight). When the geography
     * can be changed while the application runs, that change must call {@link #forget()}.
     */
    private Units units() {
        Units current = snapshot;
        if (current == null) {
            current = new Units(repository.findAll(Sort.by("name")).stream()
                    .map(GeoUnit::toRegion)
                    .toList());
            snapshot = current;
        }
        return current;
    }

    void forget() {
        snapshot = null;
    }

    /** All units in the database's order of their names, and by id. */
    private record Units(List<Region> all, Map<Long, Region> byId) {

        Units(List<Region> all) {
            this(all, all.stream().collect(Collectors.toUnmodifiableMap(Region::id, Function.identity())));
        }

        List<Region> ofLevel(GeoLevel level) {
            return all.stream().filter(unit -> unit.level() == level).toList();
        }
    }
}
