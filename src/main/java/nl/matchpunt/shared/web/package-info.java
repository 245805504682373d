@NullMarked
package nl.matchpunt.shared.web;

import org.jspecify.annotations.NullMarked;
