package nl.matchpunt.geography;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.matchpunt.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's public API: districts, their areas, and lookups by id or code. */
@Service
@Transactional(readOnly = true)
public class GeographyService {

    private final GeoUnitRepository units;

    private final PostcodeDistricts postcodes;

    GeographyService(GeoUnitRepository units, PostcodeDistricts postcodes) {
        this.units = units;
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
        return units.findByLevelOrderByNameAsc(GeoLevel.DISTRICT).stream()
                .map(GeoUnit::toRegion)
                .toList();
    }

    public List<Region> areas() {
        return units.findByLevelOrderByNameAsc(GeoLevel.AREA).stream()
                .map(GeoUnit::toRegion)
                .toList();
    }

    public List<Region> children(Long parentId) {
        return units.findByParentIdOrderByNameAsc(parentId).stream()
                .map(GeoUnit::toRegion)
                .toList();
    }

    public Region get(Long id) {
        return units.findById(id).map(GeoUnit::toRegion).orElseThrow(() -> new NotFoundException("region", id));
    }

    public Optional<Region> findByCode(String code) {
        return units.findByCode(code).map(GeoUnit::toRegion);
    }

    /** True when {@code childId} lies (directly or further down) within {@code ancestorId}. */
    public boolean isWithin(Long childId, Long ancestorId) {
        Optional<GeoUnit> current = units.findById(childId);
        while (current.isPresent()) {
            Long parentId = current.get().getParentId();
            if (parentId == null) {
                return false;
            }
            if (Objects.equals(parentId, ancestorId)) {
                return true;
            }
            current = units.findById(parentId);
        }
        return false;
    }
}
