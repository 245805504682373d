@NullMarked
package nl.matchpunt.clients.web;

import org.jspecify.annotations.NullMarked;
