/**
 * Dashboard ("dashboard"): the read side of the programme — delivered against the yearly plan (total, per
 * corporation, per target group, per district, with the pro-rata line for today), the three-month promise, the
 * pipeline, the forecast with a suggested adjustment, and the spread over areas beside their social-rent stock;
 * filters, CSV and XLSX exports of every table, and a printable quarterly report. Corporations and care providers
 * see a version limited to their own figures; the service, not the page, applies that limit.
 *
 * <p>This module writes nothing. The suggested adjustment is a form that posts to the quota module's adjustment
 * page, which makes the new plan version.
 *
 * <p><b>Read-side exception.</b> To answer within 150 ms with ten years of data, {@code DashboardQueries} reads
 * the other modules' tables directly with plain JdbcTemplate {@code select} statements: {@code quota_placement}
 * (quota's ledger), {@code client} and {@code target_group} (clients), {@code dwelling} (dwellings),
 * {@code proposal} (matching), {@code geo_unit} (geography) and {@code organisation} (organisations). It never
 * writes to them and nothing else in the application may do this; the plan itself comes through
 * {@link nl.matchpunt.quota.QuotaService}, the quota arithmetic from {@link nl.matchpunt.quota.QuotaArithmetic}.
 * When one of those tables changes, {@code DashboardQueries} changes with it (the dashboard's integration tests
 * run every query on PostgreSQL).
 *
 * <p>Glossary (screen ↔ code): gerealiseerd = delivered (placed); jaarplan = yearly plan; pro rata = pro rata;
 * belofte van drie maanden = three-month promise; mediaan = median; 90e percentiel = 90th percentile; wachtend =
 * waiting; pijplijn = pipeline; vrijkomende woningen = open vacancies; voordrachten = proposals; prognose =
 * forecast; voorgestelde bijsturing = suggested adjustment; spreiding = spread; sociale huurvoorraad = social-rent
 * stock; kwartaalrapportage = quarterly report; stadsdeel = district; gebied = area.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Dashboard",
        allowedDependencies = {"shared", "organisations", "geography", "clients", "dwellings", "matching", "quota"})
@org.jspecify.annotations.NullMarked
package nl.matchpunt.dashboard;
