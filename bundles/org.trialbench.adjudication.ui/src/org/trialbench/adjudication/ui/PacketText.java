package org.trialbench.adjudication.ui;

import java.util.stream.Collectors;

import org.trialbench.adjudication.AdjudicationPacket;

/** The packet as the case view shows it: sections of plain lines, in the order an adjudicator reads them. */
final class PacketText {
	private PacketText() {
	}

	static String of(AdjudicationPacket p) {
		StringBuilder t = new StringBuilder();
		t.append("Subject ").append(p.subject()).append("  |  ").append(p.endpoint()).append('\n');
		if (p.timePoint() != null) {
			t.append(p.reintervention() ? "Re-intervention reported at: " : "Time point: ").append(p.timePoint()).append(" on ").append(p.timePointDate()).append('\n');
		}
		t.append(p.endpointDefinition()).append("\n\n").append(p.question()).append("\n\n");
		t.append("ECKARDT SCORE (dysphagia, regurgitation, retrosternal pain, weight loss = total)\n");
		for (AdjudicationPacket.EckardtAssessment e : p.eckardt()) {
			t.append(String.format("  %-12s %-10s  %s = %s%s%n", e.visit(), e.date(),
					e.items().stream().map(s -> s.value() == null ? "-" : s.value().toString())
							.collect(Collectors.joining(" + ")),
					e.total() == null ? "?" : e.total(),
					e.success() == null ? "" : e.success() ? "   (at most 3)" : ""));
		}
		t.append("\nRE-INTERVENTIONS\n");
		if (p.reinterventions().isEmpty()) {
			t.append("  none recorded\n");
		}
		p.reinterventions().forEach(r -> t.append("  ").append(r.date()).append("  reported at ").append(r.visit())
				.append('\n'));
		t.append("\nADVERSE EVENTS SINCE THE PROCEDURE (onset date, term, seriousness, grade, outcome)\n");
		if (p.adverseEvents().isEmpty()) {
			t.append("  none recorded\n");
		}
		p.adverseEvents().forEach(a -> t.append("  ").append(a.onset()).append("  ").append(a.term())
				.append(a.serious() ? "  SERIOUS" : "").append(a.ctcaeGrade() == null ? "" : "  grade " + a.ctcaeGrade())
				.append(a.outcome() == null ? "" : "  " + a.outcome()).append('\n'));
		t.append("\nSOURCE NOTES\n");
		if (p.sourceNotes().isEmpty()) {
			t.append("  none\n");
		}
		p.sourceNotes().forEach(n -> t.append("  ").append(n.source()).append(": ").append(n.text()).append('\n'));
		t.append("\nBLINDING\n");
		p.withheld().forEach(w -> t.append("  ").append(w).append('\n'));
		return t.toString();
	}
}
