@NullMarked
package nl.matchpunt.dwellings.api;

import org.jspecify.annotations.NullMarked;
