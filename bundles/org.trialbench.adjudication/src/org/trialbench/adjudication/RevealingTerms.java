package org.trialbench.adjudication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.trialbench.protocol.Arm;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.ExpectedEvent;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;

/**
 * Words that would tell an adjudicator the arm, taken from the protocol: the arms' codes and names, the names of
 * arm-specific forms, the decodes of revealing items' codes that name an arm (e.g. "Peroral endoscopic myotomy" as a
 * rescue type), and adverse events the reference safety information expects in one arm only.
 */
public final class RevealingTerms {

	public static final String WITHHELD = "[withheld]";

	private final Set<String> terms = new LinkedHashSet<>();
	private final Set<String> armOnlyEvents = new LinkedHashSet<>();
	private final Pattern pattern;

	public RevealingTerms(Study study, Collection<String> extraTerms) {
		Set<String> armCodes = new LinkedHashSet<>();
		for (Arm arm : study.getArms()) {
			add(arm.getCode());
			add(arm.getName());
			add(arm.getOid());
			armCodes.add(arm.getCode());
		}
		for (FormDefinition form : study.getForms()) {
			if (form.getArm() != null) {
				add(form.getName());
			}
			for (ItemDefinition item : form.getItems()) {
				if (item.isRevealsAllocation() && item.getCodeList() != null) {
					for (CodeListItem code : item.getCodeList().getItems()) {
						if (armCodes.contains(code.getCode())) {
							add(code.getDecode());
						}
					}
				}
			}
		}
		if (study.getAdverseEventSettings() != null
				&& study.getAdverseEventSettings().getReferenceSafetyInformation() != null) {
			List<ExpectedEvent> expected = study.getAdverseEventSettings().getReferenceSafetyInformation()
					.getExpectedEvents();
			for (ExpectedEvent event : expected) {
				if (event.getArm() == null || event.getTerm() == null) {
					continue;
				}
				boolean otherArmToo = expected.stream().anyMatch(other -> other != event && event.getTerm()
						.equalsIgnoreCase(other.getTerm()) && (other.getArm() == null || other.getArm() != event.getArm()));
				if (!otherArmToo) {
					armOnlyEvents.add(event.getTerm().toLowerCase(Locale.ROOT));
				}
			}
		}
		extraTerms.forEach(this::add);
		List<String> alternatives = new ArrayList<>();
		terms.stream().sorted((a, b) -> b.length() - a.length()).forEach(t -> alternatives.add(Pattern.quote(t)));
		pattern = alternatives.isEmpty() ? null
				: Pattern.compile("\\b(" + String.join("|", alternatives) + ")\\b", Pattern.CASE_INSENSITIVE);
	}

	private void add(String term) {
		if (term != null && term.strip().length() >= 2) {
			terms.add(term.strip());
		}
	}

	public Set<String> terms() {
		return terms;
	}

	public Set<String> armOnlyEvents() {
		return armOnlyEvents;
	}

	/** Whether the text names an arm or something only one arm has. */
	public boolean reveals(String text) {
		return text != null && pattern != null && pattern.matcher(text).find();
	}

	/** The text with every revealing term replaced by {@value #WITHHELD}. */
	public String scrub(String text) {
		if (text == null || pattern == null) {
			return text;
		}
		Matcher matcher = pattern.matcher(text);
		return matcher.replaceAll(Matcher.quoteReplacement(WITHHELD));
	}

	/** Whether an adverse event term is expected in one arm only (so that it points to that arm). */
	public boolean armOnlyEvent(String term) {
		if (term == null) {
			return false;
		}
		String lower = term.toLowerCase(Locale.ROOT);
		return armOnlyEvents.stream().anyMatch(lower::contains);
	}
}
