/**
 * Quota ("quota"): the yearly plan of dwellings for the target groups (the 1,800 a year), its contingents per target
 * group and shares per housing corporation, in-year adjustments kept as versions, and the ledger that counts every
 * agreed placement against the plan. Implements matching's port {@link nl.matchpunt.matching.ContingentSource} and
 * counts {@link nl.matchpunt.matching.PlacementAgreed}.
 *
 * <p>Glossary (screen ↔ code): jaarplan = yearly plan; contingent = contingent (per target group); aandeel
 * corporatie = corporation share; bijsturing = adjustment; versie = (plan) version; concept = draft; actief =
 * active; grootboek, telling = ledger; plaatsing = placement; tijdelijke nieuwbouw = temporary new-build;
 * transformatie = conversion; pro rata = pro rata (planned share of the year so far); achterstand = shortfall
 * (behind pro rata); prognose = forecast; instroom = inflow (clients newly eligible); doelgroep = target group;
 * wachtdagen = days waited.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Quota",
        allowedDependencies = {"shared", "organisations", "matching", "clients", "geography"})
@org.jspecify.annotations.NullMarked
package nl.matchpunt.quota;
