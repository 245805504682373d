/** The command-line tools of the matching engine: {@code match}, {@code bench} and {@code simulate}. */
@org.jspecify.annotations.NullMarked
package nl.matchpunt.matching.cli;
