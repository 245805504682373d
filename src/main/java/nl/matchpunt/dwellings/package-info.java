/**
 * Dwellings: the vacant social-rent dwellings that the housing corporations offer (by form, CSV upload or JSON
 * API), their features, their status from available to let, and the history of every change. The matching
 * module reads the available dwellings and drives proposals and allocations through {@link
 * nl.matchpunt.dwellings.DwellingService}.
 *
 * <p>Glossary: vrijkomende woning, aanbod = vacancy, dwelling; huur (kale huur) = rent (basic rent);
 * kamers = rooms; woonoppervlakte = living area; verdieping = floor; lift = elevator;
 * rolstoeltoegankelijk = wheelchair-accessible; portiek = shared entrance; beschikbaar per = available from;
 * eigen referentie (VHE-nummer) = own reference; beschikbaar = available; voorgedragen = proposed;
 * toegewezen = allocated; verhuurd = let; ingetrokken = withdrawn; liberalisatiegrens, huurgrens
 * DAEB-toewijzing = social-rent limit; historie = history; API-sleutel = API key.
 */
@ApplicationModule(
        displayName = "Dwellings",
        allowedDependencies = {"shared", "organisations", "geography"})
@NullMarked
package nl.matchpunt.dwellings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
