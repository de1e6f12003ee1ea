package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.trialbench.clinical.Subject;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.model.validation.TrialDiagnostics;
import org.trialbench.protocol.Study;

/** Validates in UTC and states expectations about the findings, printing them all when one is not met. */
final class Findings {
	private Findings() {
	}

	static List<Finding> of(Subject subject) {
		return new TrialDiagnostics(ZoneOffset.UTC).validate(subject);
	}

	static List<Finding> of(Study study) {
		return new TrialDiagnostics(ZoneOffset.UTC).validate(study);
	}

	static void assertNone(List<Finding> findings) {
		if (!findings.isEmpty()) {
			fail("expected no findings but got:\n" + describe(findings));
		}
	}

	/** Exactly these constraints were reported, once each, in any order; returns the findings in that order. */
	static List<Finding> assertExactly(List<Finding> findings, TrialConstraint... expected) {
		List<String> actual = findings.stream().map(Finding::code).sorted().toList();
		List<String> wanted = Arrays.stream(expected).map(TrialConstraint::id).sorted().toList();
		if (!actual.equals(wanted)) {
			fail("expected " + wanted + " but got:\n" + describe(findings));
		}
		List<Finding> ordered = new ArrayList<>();
		List<Finding> left = new ArrayList<>(findings);
		for (TrialConstraint constraint : expected) {
			Finding finding = left.stream().filter(f -> f.constraint() == constraint).findFirst().orElseThrow();
			left.remove(finding);
			ordered.add(finding);
		}
		return ordered;
	}

	/** Exactly one finding, of this constraint. */
	static Finding assertOnly(List<Finding> findings, TrialConstraint expected) {
		return assertExactly(findings, expected).get(0);
	}

	/** The finding is about this object. */
	static void assertAbout(Finding finding, EObject target) {
		assertEquals(target, finding.target(), finding.message());
	}

	static String describe(List<Finding> findings) {
		return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
	}
}
