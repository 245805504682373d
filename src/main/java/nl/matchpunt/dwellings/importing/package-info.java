@NullMarked
package nl.matchpunt.dwellings.importing;

import org.jspecify.annotations.NullMarked;
