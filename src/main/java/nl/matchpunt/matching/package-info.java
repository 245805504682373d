/**
 * Matching ("matching"): the weekly round that proposes dwellings to clients.
 *
 * <p>Glossary (screen ↔ code): ronde = round; voordracht, matchvoorstel = proposal; vrijkomende woning, aanbod =
 * vacancy, dwelling; cliënt, kandidaat = client; zorgaanbieder = care provider; intakecapaciteit = intake capacity;
 * doelgroep = target group; contingent, jaarplan = contingent, yearly plan; urgentiedatum = eligible-since date;
 * stadsdeel = district; gebied = area; harde eis = hard rule; waarom niet = why not (explanation).
 *
 * <p>The engine in {@code engine} is free of Spring and of the database; {@code cli} holds the command-line tools
 * ({@code match}, {@code bench}, {@code simulate}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Matching",
        allowedDependencies = {"shared", "organisations", "dwellings", "clients"})
@org.jspecify.annotations.NullMarked
package nl.matchpunt.matching;
