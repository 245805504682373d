@NullMarked
package nl.matchpunt.dashboard.internal;

import org.jspecify.annotations.NullMarked;
