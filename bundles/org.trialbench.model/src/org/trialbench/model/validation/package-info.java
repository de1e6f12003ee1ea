/**
 * The trial's constraints. {@link org.trialbench.model.validation.TrialValidator} is the EMF validator of the protocol
 * and clinical packages (call {@code TrialValidator.register()} at startup for EMF's global registry);
 * {@link org.trialbench.model.validation.TrialDiagnostics} validates a trial, subject or protocol and returns flat
 * {@link org.trialbench.model.validation.Finding}s; {@link org.trialbench.model.validation.TrialConstraint} lists the
 * constraints with their stable codes.
 */
package org.trialbench.model.validation;
