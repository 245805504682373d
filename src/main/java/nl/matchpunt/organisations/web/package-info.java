@NullMarked
package nl.matchpunt.organisations.web;

import org.jspecify.annotations.NullMarked;
