@NullMarked
package nl.matchpunt.matching.web;

import org.jspecify.annotations.NullMarked;
