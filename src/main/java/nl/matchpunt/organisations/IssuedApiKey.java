package nl.matchpunt.organisations;

/** A newly issued key: {@code key} is shown once to the administrator and never stored. */
public record IssuedApiKey(ApiKeySummary summary, String key) {}
