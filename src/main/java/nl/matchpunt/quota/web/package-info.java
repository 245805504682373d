@NullMarked
package nl.matchpunt.quota.web;

import org.jspecify.annotations.NullMarked;
