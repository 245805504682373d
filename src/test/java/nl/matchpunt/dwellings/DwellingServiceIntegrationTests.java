package nl.matchpunt.dwellings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.matchpunt.audit.AuditService;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import nl.matchpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class DwellingServiceIntegrationTests {

    @Autowired
    DwellingService dwellings;

    @Autowired
    GeographyService geography;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoDataHoldsAYearOfVacanciesSpreadByDistrictStock() {
        Integer total =
                jdbc.queryForObject("select count(*) from dwelling where own_reference not like 'T-%'", Integer.class);
        assertThat(total).isGreaterThanOrEqualTo(1800);
        Integer let = jdbc.queryForObject("select count(*) from dwelling where status = 'LET'", Integer.class);
        assertThat(let).isGreaterThan(1600);
        Region nieuwWest = geography.findByCode("F").orElseThrow();
        Region centrum = geography.findByCode("A").orElseThrow();
        Integer inNieuwWest = jdbc.queryForObject(
                "select count(*) from dwelling where district_id = ? and own_reference like '__-1%'",
                Integer.class, nieuwWest.id());
        Integer inCentrum = jdbc.queryForObject(
                "select count(*) from dwelling where district_id = ? and own_reference like '__-1%'",
                Integer.class, centrum.id());
        assertThat(inNieuwWest).isGreaterThan(inCentrum);
        assertThat(dwellings.availableForMatching()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    @WithUserDetails("ymere")
    void aCorporationRegistersChangesAndWithdrawsItsVacancyWithHistoryAndAudit() {
        DwellingView created =
                dwellings.register(DwellingTestData.valid(geography, DwellingTestData.uniqueReference("T")));
        assertThat(created.status()).isEqualTo(DwellingStatus.AVAILABLE);
        assertThat(created.corporationName()).isEqualTo("Ymere");
        assertThat(created.areaName()).isEqualTo("Bos en Lommer");

        DwellingData changed = new DwellingData(
                created.ownReference(),
                created.street(),
                14,
                null,
                "1055ab",
                "Amsterdam",
                created.districtId(),
                created.areaId(),
                new BigDecimal("640.00"),
                3,
                60,
                2,
                false,
                false,
                true,
                created.availableFrom(),
                null);
        DwellingView updated = dwellings.update(created.id(), created.version(), changed);
        assertThat(updated.rent()).isEqualByComparingTo("640.00");
        assertThat(updated.postcode()).isEqualTo("1055 AB");

        dwellings.withdraw(created.id(), "Renovatie");
        List<DwellingHistoryEntry> history = dwellings.history(created.id());
        assertThat(history).extracting(DwellingHistoryEntry::action).contains("CREATED", "UPDATED", "WITHDRAWN");
        assertThat(history)
                .filteredOn(entry -> "rent".equals(entry.field()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.oldValue()).isEqualTo("612.50");
                    assertThat(entry.newValue()).isEqualTo("640.00");
                    assertThat(entry.username()).isEqualTo("ymere");
                });
        assertThat(audit.accessLog("DWELLING", created.id()))
                .extracting(entry -> entry.action())
                .containsExactlyInAnyOrder("CREATE", "UPDATE", "WITHDRAW");
        assertThatThrownBy(() -> dwellings.update(
                        created.id(), dwellings.get(created.id()).version(), changed))
                .isInstanceOf(DomainException.class)
                .hasMessage("dwellings.transition.edit");
    }

    @Test
    @WithUserDetails("ymere")
    void aStaleVersionIsAConflictWithTheCurrentValues() {
        DwellingView created =
                dwellings.register(DwellingTestData.valid(geography, DwellingTestData.uniqueReference("T")));
        dwellings.update(created.id(), created.version(), withRent(created, "700.00"));

        assertThatThrownBy(() -> dwellings.update(created.id(), created.version(), withRent(created, "650.00")))
                .isInstanceOfSatisfying(
                        DwellingConflictException.class,
                        conflict -> assertThat(conflict.getCurrent().rent()).isEqualByComparingTo("700.00"));
        assertThat(dwellings.get(created.id()).rent()).isEqualByComparingTo("700.00");
    }

    @Test
    @WithUserDetails("rochdale")
    void anotherCorporationsVacancyDoesNotExistForThem() {
        Long ymereDwelling = jdbc.queryForObject(
                "select min(id) from dwelling where corporation_id = ?",
                Long.class,
                organisations.findByCode("ymere").orElseThrow().id());
        assertThatThrownBy(() -> dwellings.get(ymereDwelling)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dwellings.withdraw(ymereDwelling, "weg")).isInstanceOf(NotFoundException.class);
        assertThat(dwellings.list(DwellingFilter.none(), PageRequest.of(0, 500)).getContent())
                .extracting(DwellingView::corporationName)
                .containsOnly("Rochdale");
    }

    @Test
    @WithUserDetails("ymere")
    void rentAboveTheLimitOfTheYearAndAnAreaOutsideTheDistrictAreRefused() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-NL"));
        DwellingData base = DwellingTestData.valid(geography, DwellingTestData.uniqueReference("T"));
        DwellingData tooExpensive2025 = new DwellingData(
                base.ownReference(),
                base.street(),
                base.houseNumber(),
                null,
                base.postcode(),
                base.city(),
                base.districtId(),
                geography.findByCode("GA01").orElseThrow().id(),
                new BigDecimal("910.00"),
                2,
                50,
                1,
                false,
                false,
                false,
                LocalDate.of(2025, 12, 31),
                null);

        assertThat(dwellings.validate(tooExpensive2025))
                .extracting(FieldViolation::field, FieldViolation::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("areaId", "Dit gebied ligt niet in het gekozen stadsdeel."),
                        org.assertj.core.groups.Tuple.tuple(
                                "rent", "De huur is hoger dan de huurgrens voor sociale huur (€ 900,07 in 2025)."));
        assertThat(dwellings.socialRentLimit(2026)).isEqualByComparingTo("932.93");
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theMatchingModuleMovesADwellingThroughItsStatuses() {
        Long id = jdbc.queryForObject("select min(id) from dwelling where status = 'AVAILABLE'", Long.class);
        dwellings.propose(id);
        dwellings.releaseProposal(id);
        dwellings.propose(id);
        dwellings.allocate(id);
        dwellings.markLet(id);
        assertThat(jdbc.queryForObject("select status from dwelling where id = ?", String.class, id))
                .isEqualTo("LET");
        assertThatThrownBy(() -> dwellings.propose(id)).isInstanceOf(DomainException.class);
    }

    private static DwellingData withRent(DwellingView view, String rent) {
        DwellingData data = view.data();
        return new DwellingData(
                data.ownReference(),
                data.street(),
                data.houseNumber(),
                data.houseNumberAddition(),
                data.postcode(),
                data.city(),
                data.districtId(),
                data.areaId(),
                new BigDecimal(rent),
                data.rooms(),
                data.livingArea(),
                data.floor(),
                data.elevator(),
                data.accessible(),
                data.sharedEntrance(),
                data.availableFrom(),
                data.note());
    }
}
