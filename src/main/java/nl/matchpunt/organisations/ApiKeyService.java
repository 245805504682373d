package nl.matchpunt.organisations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys of the housing corporations: an administrator issues (the key is shown once) and revokes them; the
 * API's authentication filter turns a valid key into a technical user of the corporation.
 */
@Service
@Transactional
public class ApiKeyService {

    static final String KEY_PREFIX = "mp_";

    /** How precisely the last use of a key is recorded: once a minute at most, not on every request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;

    private final OrganisationRepository organisations;

    private final OrganisationService organisationService;

    private final SecureRandom random = new SecureRandom();

    private final Clock clock;

    ApiKeyService(
            ApiKeyRepository keys,
            OrganisationRepository organisations,
            OrganisationService organisationService,
            Clock clock) {
        this.keys = keys;
        this.organisations = organisations;
        this.organisationService = organisationService;
        this.clock = clock;
    }

    /** Issues a key for a housing corporation; the returned key is not stored and cannot be shown again. */
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedApiKey issue(Long organisationId, String name) {
        Organisation organisation = organisation(organisationId);
        if (organisation.getType() != OrganisationType.HOUSING_CORPORATION) {
            throw new DomainException("apiKey.organisation.notCorporation");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String createdBy = organisationService.currentUser().username();
        ApiKey saved = keys.save(
                new ApiKey(organisationId, name.strip(), key.substring(0, 10), hash(key), clock.instant(), createdBy));
        return new IssuedApiKey(summary(saved), key);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(Long id) {
        keys.findById(id)
                .orElseThrow(() -> new NotFoundException("api key", id))
                .revoke(clock.instant());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiKeySummary> all() {
        return keys.findAllByOrderByCreatedAtDesc().stream().map(this::summary).toList();
    }

    /**
     * The technical user of a valid key: corporation staff of the key's organisation, if the key is not revoked
     * and the organisation is active. Records when the key was last used (to the minute).
     */
    Optional<MatchpuntUserDetails> authenticate(String key) {
        if (!key.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        return keys.findByKeyHash(hash(key))
                .filter(apiKey -> !apiKey.isRevoked())
                .flatMap(apiKey -> organisations
                        .findById(apiKey.getOrganisationId())
                        .filter(Organisation::isActive)
                        .filter(organisation -> organisation.getType() == OrganisationType.HOUSING_CORPORATION)
                        .map(organisation -> {
                            Instant now = clock.instant();
                            keys.markUsed(apiKey.getId(), now, now.minus(LAST_USED_PRECISION));
                            CurrentUser user = new CurrentUser(
                                    -apiKey.getId(),
                                    "api:" + apiKey.getPrefix(),
                                    apiKey.getName(),
                                    Role.CORPORATION_STAFF,
                                    organisation.getId(),
                                    organisation.getName(),
                                    organisation.getType());
                            return new MatchpuntUserDetails(user, "", true);
                        }));
    }

    private ApiKeySummary summary(ApiKey key) {
        return new ApiKeySummary(
                key.getId(),
                key.getName(),
                key.getPrefix(),
                key.getOrganisationId(),
                organisation(key.getOrganisationId()).getName(),
                key.getCreatedAt(),
                key.getCreatedBy(),
                key.getRevokedAt(),
                key.getLastUsedAt());
    }

    private Organisation organisation(Long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
