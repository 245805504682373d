/**
 * Cases: the placement case that follows a placed client after the placement is agreed, through the Omslagroute —
 * intermediary lease, introduction visit, yearly housing reviews, transfer of the lease to the client's own name,
 * the watchful period after it, and closure — with the ten working agreements as its checklist, signals and
 * nuisance reports, reminders and in-app notifications. A case opens on {@link nl.matchpunt.matching.PlacementAgreed}.
 *
 * <p>Glossary: traject = (placement) case, plaatsing = placement, tien werkafspraken = the ten working agreements,
 * stap = step, intermediaire verhuur = intermediary lease, kennismaking = introduction visit, evaluatie wonen =
 * housing review, begeleidingsplan = support plan, omklap(voorstel) = (proposal for the) transfer of the lease,
 * onafhankelijke toets = independent review, huurcontract op eigen naam = own lease, waakvlamafspraak = watchful
 * period, signaal = signal, overlastmelding = nuisance report, huurachterstand = rent arrears, verwaarlozing =
 * neglect, werkdag = working day, feestdag = public holiday, escalatie = escalation, melding = notification,
 * voortijdig beëindigd = ended early.
 */
@ApplicationModule(
        displayName = "Cases",
        allowedDependencies = {"shared", "organisations", "matching", "clients"})
@NullMarked
package nl.matchpunt.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
