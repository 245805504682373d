@NullMarked
package nl.matchpunt.dashboard.web;

import org.jspecify.annotations.NullMarked;
