/**
 * Geography: reference data as one hierarchy — municipality, district, area, quarter, neighbourhood — with the
 * social-rent stock per unit where known. Seeded with Amsterdam's seven districts plus Weesp and their areas.
 *
 * <p>Glossary: gemeente = municipality, stadsdeel = district, gebied = area, wijk = quarter,
 * buurt = neighbourhood, sociale huurvoorraad = social-rent stock.
 */
@ApplicationModule(displayName = "Geography", allowedDependencies = "shared")
@NullMarked
package nl.matchpunt.geography;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
