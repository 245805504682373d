package nl.matchpunt.dwellings.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.PersistenceException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.matchpunt.dwellings.DwellingConflictException;
import nl.matchpunt.dwellings.DwellingData;
import nl.matchpunt.dwellings.DwellingFilter;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.dwellings.DwellingStatus;
import nl.matchpunt.dwellings.DwellingView;
import nl.matchpunt.dwellings.FieldViolation;
import nl.matchpunt.dwellings.InvalidDwellingException;
import nl.matchpunt.geography.GeoLevel;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import nl.matchpunt.shared.web.DatabaseUnavailable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The JSON API for the corporations' own systems: create, read, list, update and withdraw their own vacancies.
 * Authenticated by the corporation's API key ({@code X-API-Key}); errors are RFC 9457 problem details, with
 * validation errors listed per field in {@code errors}.
 */
@RestController
@RequestMapping(path = "/api/v1/dwellings", produces = "application/json")
@Tag(name = "Dwellings", description = "Vacancies of the authenticated corporation")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Matchpunt API for housing corporations",
                        version = "v1",
                        description =
                                "Register and maintain your corporation's vacancies. Authenticate with the API key"
                                        + " that the Matchpunt administrator issued (header X-API-Key)."))
@SecurityScheme(
        name = "apiKey",
        type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.APIKEY,
        in = io.swagger.v3.oas.annotations.enums.SecuritySchemeIn.HEADER,
        paramName = "X-API-Key")
@SecurityRequirement(name = "apiKey")
class DwellingApiController {

    private static final int MAX_PAGE_SIZE = 200;

    private final DwellingService dwellings;

    private final GeographyService geography;

    private final MessageSource messages;

    DwellingApiController(DwellingService dwellings, GeographyService geography, MessageSource messages) {
        this.dwellings = dwellings;
        this.geography = geography;
        this.messages = messages;
    }

    /** A page of vacancies. */
    public record DwellingPage(List<DwellingResource> items, int page, int size, long totalItems) {}

    /** A reason to withdraw. */
    public record WithdrawRequest(@Nullable String reason) {}

    @GetMapping
    @Operation(summary = "List the corporation's vacancies, newest available-from first")
    DwellingPage list(
            @RequestParam(required = false) @Nullable DwellingStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Page<DwellingView> result = dwellings.list(
                new DwellingFilter(status, null, null, null),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
        Codes codes = new Codes();
        return new DwellingPage(
                result.getContent().stream().map(codes::resource).toList(),
                result.getNumber(),
                result.getSize(),
                result.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One vacancy of the corporation")
    DwellingResource get(@PathVariable Long id) {
        return new Codes().resource(dwellings.get(id));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Register a vacancy")
    ResponseEntity<DwellingResource> create(@RequestBody DwellingRequest request) {
        DwellingView created = dwellings.register(toData(request));
        return ResponseEntity.created(URI.create("/api/v1/dwellings/" + created.id()))
                .body(new Codes().resource(created));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Change a vacancy while it is available")
    DwellingResource update(@PathVariable Long id, @RequestBody DwellingRequest request) {
        long version = request.version() != null
                ? request.version()
                : dwellings.get(id).version();
        return new Codes().resource(dwellings.update(id, version, toData(request)));
    }

    @PostMapping(path = "/{id}/withdraw", consumes = "application/json")
    @Operation(summary = "Withdraw a vacancy, with a reason")
    DwellingResource withdraw(@PathVariable Long id, @RequestBody WithdrawRequest request) {
        String reason = request.reason() == null ? "" : request.reason();
        if (reason.isBlank()) {
            throw new InvalidDwellingException(
                    List.of(new FieldViolation("reason", message("dwellings.withdrawalReason.required"))));
        }
        return new Codes().resource(dwellings.withdraw(id, reason));
    }

    @GetMapping("/regions")
    @Operation(summary = "The districts and areas with their codes")
    List<Map<String, @Nullable Object>> regions() {
        List<Map<String, @Nullable Object>> regions = new ArrayList<>();
        for (Region region : geography.districts()) {
            regions.add(regionJson(region, null));
            for (Region area : geography.children(region.id())) {
                regions.add(regionJson(area, region.code()));
            }
        }
        return regions;
    }

    // ---------------------------------------------------------------- errors as problem details

    @ExceptionHandler(InvalidDwellingException.class)
    ProblemDetail invalid(InvalidDwellingException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("dwellings.invalid"));
        problem.setTitle("Validation failed");
        problem.setProperty(
                "errors",
                exception.getViolations().stream()
                        .map(violation -> new FieldError(apiField(violation.field()), violation.message()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message("error.404.text"));
    }

    @ExceptionHandler(DwellingConflictException.class)
    ProblemDetail conflict(DwellingConflictException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message("dwellings.conflict"));
        problem.setProperty("current", new Codes().resource(exception.getCurrent()));
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrent() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message("error.concurrentChange"));
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException exception) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                messages.getMessage(
                        exception.getMessageKey(), exception.getArguments(), LocaleContextHolder.getLocale()));
    }

    /** The database cannot be reached: 503, try again shortly; nothing of this request was stored. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception exception) throws Exception {
        if (!DatabaseUnavailable.isCause(exception)) {
            throw exception;
        }
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, message("error.503.text"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("typeMismatch"));
    }

    // ---------------------------------------------------------------- mapping

    private DwellingData toData(DwellingRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        Long districtId = regionId(request.district(), GeoLevel.DISTRICT, "districtId", violations);
        Long areaId = regionId(request.area(), GeoLevel.AREA, "areaId", violations);
        DwellingData data = new DwellingData(
                text(request.ownReference()),
                text(request.street()),
                request.houseNumber(),
                request.houseNumberAddition(),
                text(request.postcode()),
                text(request.city()),
                districtId,
                areaId,
                request.rent(),
                request.rooms(),
                request.livingArea(),
                request.floor(),
                Boolean.TRUE.equals(request.elevator()),
                Boolean.TRUE.equals(request.accessible()),
                Boolean.TRUE.equals(request.sharedEntrance()),
                request.availableFrom(),
                request.note());
        if (!violations.isEmpty()) {
            List<FieldViolation> all = new ArrayList<>(violations);
            dwellings.validate(data).stream()
                    .filter(violation ->
                            violations.stream().noneMatch(known -> known.field().equals(violation.field())))
                    .forEach(all::add);
            throw new InvalidDwellingException(all);
        }
        return data;
    }

    private @Nullable Long regionId(
            @Nullable String code, GeoLevel level, String field, List<FieldViolation> violations) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return geography
                .findByCode(code.strip())
                .filter(region -> region.level() == level)
                .map(Region::id)
                .orElseGet(() -> {
                    violations.add(new FieldViolation(
                            field,
                            message(
                                    level == GeoLevel.DISTRICT
                                            ? "dwellings.import.error.district"
                                            : "dwellings.import.error.area",
                                    code)));
                    return null;
                });
    }

    /** The API names district and area by code: {@code district}, {@code area}. */
    private static String apiField(String field) {
        return switch (field) {
            case "districtId" -> "district";
            case "areaId" -> "area";
            default -> field;
        };
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static Map<String, @Nullable Object> regionJson(Region region, @Nullable String districtCode) {
        Map<String, @Nullable Object> json = new java.util.LinkedHashMap<>();
        json.put("code", region.code());
        json.put("name", region.name());
        json.put("level", region.level().name());
        json.put("district", districtCode);
        return json;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** Region codes, looked up once per request. */
    private final class Codes {

        private final Map<Long, String> codes = new HashMap<>();

        Codes() {
            geography.districts().forEach(region -> codes.put(region.id(), region.code()));
            geography.areas().forEach(region -> codes.put(region.id(), region.code()));
        }

        DwellingResource resource(DwellingView view) {
            return DwellingResource.of(
                    view, codes.getOrDefault(view.districtId(), ""), codes.getOrDefault(view.areaId(), ""));
        }
    }

    /** One field's problem in an RFC 9457 problem detail, field first. */
    record FieldError(String field, String message) {}
}
