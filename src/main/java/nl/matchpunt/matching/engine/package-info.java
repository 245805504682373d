/**
 * The matching engine: plain values in ({@link nl.matchpunt.matching.engine.MatchingInstance}), proposals out
 * ({@link nl.matchpunt.matching.engine.MatchingResult}), free of Spring and of the database. See
 * {@link nl.matchpunt.matching.engine.MatchingEngine} for the algorithm and {@link
 * nl.matchpunt.matching.engine.ScoreWeights} for the score function.
 */
@org.jspecify.annotations.NullMarked
package nl.matchpunt.matching.engine;
