@NullMarked
package nl.matchpunt.clients.internal;

import org.jspecify.annotations.NullMarked;
