package nl.matchpunt.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One unit of the hierarchy (a district, an area, ...), pointing to its parent. */
@Entity
@Table(name = "geo_unit")
class GeoUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GeoLevel level;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @Column(name = "social_rent_stock")
    private @Nullable Integer socialRentStock;

    protected GeoUnit() {
        this.code = "";
        this.name = "";
        this.level = GeoLevel.DISTRICT;
    }

    Long getId() {
        if (id == null) {
            throw new IllegalStateException("geo unit not saved yet");
        }
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    GeoLevel getLevel() {
        return level;
    }

    @Nullable
    Long getParentId() {
        return parentId;
    }

    @Nullable
    Integer getSocialRentStock() {
        return socialRentStock;
    }

    Region toRegion() {
        return new Region(getId(), code, name, level, parentId, socialRentStock);
    }
}
