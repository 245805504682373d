@NullMarked
package nl.matchpunt.cases.web;

import org.jspecify.annotations.NullMarked;
