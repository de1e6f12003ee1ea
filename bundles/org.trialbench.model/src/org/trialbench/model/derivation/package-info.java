/**
 * Derived item values, computed and never typed. {@link org.trialbench.model.derivation.Derivations} evaluates the
 * protocol's derivations on form records ({@code recompute} to look, {@code apply} to write and get the changes for
 * the audit trail); {@link org.trialbench.model.derivation.DerivationSignature} says what each derivation kind
 * expects; the domain rules themselves ({@link org.trialbench.model.derivation.EckardtScore},
 * {@link org.trialbench.model.derivation.BodyMassIndex}, {@link org.trialbench.model.derivation.TimeToEvent},
 * {@link org.trialbench.model.derivation.AgeAtConsent}) work without EMF objects.
 */
package org.trialbench.model.derivation;
