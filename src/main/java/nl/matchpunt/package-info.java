/** Matchpunt: the application root; each direct sub-package is an application module. */
@NullMarked
package nl.matchpunt;

import org.jspecify.annotations.NullMarked;
