package nl.matchpunt.clients;

import java.time.LocalDate;

/** A placed client with the day of the placement. */
public record PlacedClient(WaitingClient client, LocalDate placedOn) {}
