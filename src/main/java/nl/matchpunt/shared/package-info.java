/**
 * Shared: small open helpers used by every module — the clock, the domain exception that the web layer turns
 * into a Dutch message, the audit event that modules publish, and the layout and error-page advice.
 *
 * <p>Glossary: foutmelding = error message.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
@NullMarked
package nl.matchpunt.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
