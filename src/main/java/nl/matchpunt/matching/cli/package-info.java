/**
 * The command-line tools of the matching engine: {@code match}, {@code bench} and {@code simulate}. Exposed as a
 * named interface so that the application's main class can dispatch to them before Spring starts.
 */
@org.springframework.modulith.NamedInterface("cli")
@org.jspecify.annotations.NullMarked
package nl.matchpunt.matching.cli;
