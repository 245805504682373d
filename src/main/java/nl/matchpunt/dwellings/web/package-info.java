@NullMarked
package nl.matchpunt.dwellings.web;

import org.jspecify.annotations.NullMarked;
