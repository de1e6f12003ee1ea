package org.trialbench.safety.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.trialbench.clinical.ActionTaken;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.AgreeGrade;
import org.trialbench.clinical.AsgeSeverity;
import org.trialbench.clinical.Relationship;
import org.trialbench.clinical.Subject;
import org.trialbench.protocol.AdverseEventSettings;
import org.trialbench.protocol.GradingScale;
import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.safety.AdverseEventDraft;
import org.trialbench.safety.SafetyFinding;
import org.trialbench.safety.SafetyWords;
import org.trialbench.safety.SeriousnessRules;
import org.trialbench.safety.TreatmentEmergence;
import org.trialbench.safety.meddra.CodingSuggestion;
import org.trialbench.safety.meddra.MeddraDictionary;
import org.trialbench.safety.meddra.MeddraPath;

/**
 * The adverse-event form: collects what the investigator and the safety officer enter and shows what is derived
 * (serious, treatment-emergent, expected, coding). Checking and saving are the core's {@code AdverseEventRecording}.
 */
public final class AdverseEventFormView extends Composite {
	private static final DateTimeFormatter AWARE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	final Label subjectLabel;
	final Text verbatim;
	final org.eclipse.swt.widgets.List suggestions;
	final Label coding;
	final Text onset;
	final Text resolution;
	final Button ongoing;
	final Combo ctcae;
	final Combo asge;
	final Combo agree;
	final Map<SeriousnessCriterion, Button> criteria = new EnumMap<>(SeriousnessCriterion.class);
	final Label derived;
	final Label saved;
	final Combo relationship;
	final Combo action;
	final Combo outcome;
	final Text awareAt;
	final Text reason;
	final Button save;
	final Label message;
	private final ZoneId zone;
	private Subject subject;
	private AdverseEvent event;
	private String noDictionary = "No MedDRA dictionary configured";
	private MeddraDictionary dictionary;
	private List<CodingSuggestion> shown = List.of();
	private MeddraPath chosen;

	public AdverseEventFormView(Composite parent, ZoneId zone) {
		super(parent, SWT.NONE);
		this.zone = zone;
		// two fields a row (label, field, label, field), so that Save is in view at 1600x1000 with the Error Log open
		setLayout(new GridLayout(4, false));
		subjectLabel = span(new Label(this, SWT.NONE));
		verbatim = field("Verbatim term", new Text(this, SWT.BORDER));
		coding = field("Coded as", new Label(this, SWT.WRAP));
		suggestions = wide("MedDRA suggestions",
				new org.eclipse.swt.widgets.List(this, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL));
		((GridData) suggestions.getLayoutData()).heightHint = 70;
		onset = field("Onset (yyyy-mm-dd)", new Text(this, SWT.BORDER));
		resolution = field("Resolution (yyyy-mm-dd)", new Text(this, SWT.BORDER));
		ongoing = field("", new Button(this, SWT.CHECK));
		ongoing.setText("Ongoing");
		awareAt = field("Site aware (yyyy-mm-dd hh:mm, " + zone + ")", new Text(this, SWT.BORDER));
		ctcae = field("CTCAE v5 grade", combo("", "1 mild", "2 moderate", "3 severe", "4 life-threatening", "5 death"));
		asge = field("ASGE severity", combo(literals(AsgeSeverity.VALUES)));
		agree = field("AGREE grade", combo(literals(AgreeGrade.VALUES)));
		relationship = field("Relationship to procedure", combo(literals(Relationship.VALUES)));
		action = field("Action taken", combo(literals(ActionTaken.VALUES)));
		outcome = field("Outcome", combo(literals(AeOutcome.VALUES)));
		Composite boxes = wide("Seriousness criteria", new Composite(this, SWT.NONE));
		boxes.setLayout(new RowLayout(SWT.HORIZONTAL));
		for (SeriousnessCriterion criterion : SeriousnessCriterion.VALUES) {
			Button box = new Button(boxes, SWT.CHECK);
			box.setText(SafetyWords.of(criterion));
			box.addListener(SWT.Selection, e -> updateDerived());
			criteria.put(criterion, box);
		}
		derived = wide("Derived (read-only)", new Label(this, SWT.WRAP));
		saved = wide("Expectedness (read-only)", new Label(this, SWT.WRAP));
		reason = field("Reason for change", new Text(this, SWT.BORDER));
		reason.setMessage("required when changing a saved event");
		save = field("", new Button(this, SWT.PUSH));
		save.setText("Save adverse event");
		message = span(new Label(this, SWT.WRAP));
		verbatim.addListener(SWT.Modify, e -> suggest());
		onset.addListener(SWT.Modify, e -> updateDerived());
		suggestions.addListener(SWT.Selection, e -> {
			int i = suggestions.getSelectionIndex();
			if (i >= 0 && i < shown.size()) {
				chosen = shown.get(i).path();
				coding.setText(describe(chosen) + " (chosen, saved with the event)");
			}
		});
	}

	/** The MedDRA dictionary to suggest codes from, once it is read; null with why there is none. */
	public void setDictionary(MeddraDictionary meddra, String whyNone) {
		this.dictionary = meddra;
		this.noDictionary = whyNone == null ? "No MedDRA dictionary configured" : whyNone;
		suggest();
	}

	/** The dictionary suggestions come from; null while none is read or configured. */
	public MeddraDictionary dictionary() {
		return dictionary;
	}

	public Subject subject() {
		return subject;
	}

	/** The saved event shown, null for a new one. */
	public AdverseEvent event() {
		return event;
	}

	public void onSave(Runnable action) {
		save.addListener(SWT.Selection, e -> action.run());
	}

	/** A line under the form: red for errors, which name the field; the entered values stay as they are. */
	public void setMessage(String text, boolean error) {
		message.setText(text == null ? "" : text);
		message.setForeground(getDisplay().getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
		layout(true, true);
	}

	/** A rule's finding in the form's words: the field as labelled here, then what is wrong. */
	public static String describe(SafetyFinding finding) {
		String field = switch (finding.field()) {
		case "verbatimTerm" -> "Verbatim term";
		case "onsetDate" -> "Onset";
		case "resolutionDate" -> "Resolution";
		case "ongoing" -> "Ongoing";
		case "ctcaeGrade" -> "CTCAE v5 grade";
		case "asgeSeverity" -> "ASGE severity";
		case "agreeGrade" -> "AGREE grade";
		case "seriousnessCriteria", "serious" -> "Seriousness criteria";
		case "relationship" -> "Relationship to procedure";
		case "actionTaken" -> "Action taken";
		case "outcome" -> "Outcome";
		case "awareAt" -> "Site aware";
		default -> finding.field();
		};
		return (finding.error() ? "" : "Please check: ") + field + ": " + finding.message();
	}

	public String messageText() {
		return message.getText();
	}

	public String reasonText() {
		return reason.getText().trim();
	}

	/** Fills the form with an event (null: a new one) of the subject. */
	public void show(Subject subject, AdverseEvent event, AdverseEventSettings settings, MeddraDictionary meddra) {
		this.dictionary = meddra;
		this.subject = subject;
		this.event = event;
		chosen = null;
		reason.setText("");
		reason.setEnabled(event != null);
		subjectLabel.setText("Subject " + subject.getScreeningNumber() + (subject.getSite() != null ? " at site "
				+ subject.getSite().getCode() : "") + (subject.getAllocation() != null && subject.getAllocation().getArm() != null
						? ", arm " + subject.getAllocation().getArm().getName() : ", arm (blinded)"));
		boolean any = settings == null || settings.getGradingScales().isEmpty();
		ctcae.setEnabled(any || settings.getGradingScales().contains(GradingScale.CTCAE_V5));
		asge.setEnabled(any || settings.getGradingScales().contains(GradingScale.ASGE));
		agree.setEnabled(any || settings.getGradingScales().contains(GradingScale.AGREE));
		for (Map.Entry<SeriousnessCriterion, Button> box : criteria.entrySet()) {
			box.getValue().setEnabled(settings == null || settings.getSeriousnessCriteria().isEmpty()
					|| settings.getSeriousnessCriteria().contains(box.getKey()));
			box.getValue().setSelection(event != null && event.getSeriousnessCriteria().contains(box.getKey()));
		}
		verbatim.setText(event == null || event.getVerbatimTerm() == null ? "" : event.getVerbatimTerm());
		onset.setText(event == null || event.getOnsetDate() == null ? "" : event.getOnsetDate().toString());
		resolution.setText(event == null || event.getResolutionDate() == null ? "" : event.getResolutionDate().toString());
		ongoing.setSelection(event != null && event.isOngoing());
		ctcae.select(event == null || event.getCtcaeGrade() == null ? 0 : event.getCtcaeGrade());
		asge.select(event == null || !event.isSetAsgeSeverity() ? 0 : event.getAsgeSeverity().getValue() + 1);
		agree.select(event == null || !event.isSetAgreeGrade() ? 0 : event.getAgreeGrade().getValue() + 1);
		relationship.select(event == null || !event.isSetRelationship() ? 0 : event.getRelationship().getValue() + 1);
		action.select(event == null || !event.isSetActionTaken() ? 0 : event.getActionTaken().getValue() + 1);
		outcome.select(event == null || !event.isSetOutcome() ? 0 : event.getOutcome().getValue() + 1);
		awareAt.setText(event == null || event.getAwareAt() == null ? "" : AWARE.format(event.getAwareAt().atZone(zone)));
		coding.setText(event != null && event.getCoding() != null ? event.getCoding().getLltName() + " ("
				+ event.getCoding().getLltCode() + ") > PT " + event.getCoding().getPtName() + " > SOC "
				+ event.getCoding().getSocName() + ", MedDRA " + event.getCoding().getDictionaryVersion() : "not coded");
		saved.setText("Expected: " + (event == null || event.getExpected() == null
				? "not assessed (judged on save against the reference safety information)"
				: event.getExpected() ? "yes" : "no, unexpected") + "    Coded: " + (event != null && event.getCoding() != null ? "yes" : "no"));
		updateDerived();
		if (event != null) {
			List<SafetyFinding> findings = SeriousnessRules.check(event, settings);
			setMessage(String.join("\n", findings.stream().map(AdverseEventFormView::describe).toList()),
					findings.stream().anyMatch(SafetyFinding::error));
		} else {
			setMessage("", false);
		}
		layout(true, true);
	}

	/** The entered values; throws with the field's name when one does not parse. */
	public AdverseEventDraft draft() {
		Set<SeriousnessCriterion> met = EnumSet.noneOf(SeriousnessCriterion.class);
		criteria.forEach((criterion, box) -> {
			if (box.getSelection()) {
				met.add(criterion);
			}
		});
		return new AdverseEventDraft(verbatim.getText().trim(), date("Onset", onset), date("Resolution", resolution),
				ongoing.getSelection(), ctcae.getSelectionIndex() <= 0 ? null : ctcae.getSelectionIndex(),
				pick(AsgeSeverity.VALUES, asge), pick(AgreeGrade.VALUES, agree), met, pick(Relationship.VALUES, relationship),
				pick(ActionTaken.VALUES, action), pick(AeOutcome.VALUES, outcome), aware(), chosen);
	}

	/** Serious from the ticked criteria, treatment-emergent from the onset typed: both follow the entries live. */
	private void updateDerived() {
		boolean serious = criteria.values().stream().anyMatch(Button::getSelection);
		String emergent;
		LocalDate onsetDate = null;
		try {
			onsetDate = onset.getText().isBlank() ? null : LocalDate.parse(onset.getText().trim());
		} catch (DateTimeParseException e) {
			// shown as not yet known; saving names the field
		}
		if (subject == null || onsetDate == null) {
			emergent = "needs the onset date";
		} else {
			emergent = TreatmentEmergence.of(subject, onsetDate) ? "yes"
					: TreatmentEmergence.procedureDate(subject).map(d -> "no (onset before the procedure on " + d + ")")
							.orElse("no (no procedure yet)");
		}
		derived.setText("Serious: " + (serious ? "yes" : "no") + "    Treatment-emergent: " + emergent);
	}

	private void suggest() {
		suggestions.removeAll();
		shown = dictionary == null ? List.of() : dictionary.suggest(verbatim.getText(), 6);
		for (CodingSuggestion s : shown) {
			suggestions.add(String.format("%3.0f%%  %s", s.score() * 100, describe(s.path())));
		}
		if (dictionary == null) {
			suggestions.add(noDictionary);
		} else if (shown.isEmpty() && !verbatim.getText().isBlank()) {
			suggestions.add("No MedDRA term resembles '" + verbatim.getText().trim() + "'");
		}
	}

	private static String describe(MeddraPath path) {
		return path.llt() + " > PT " + path.pt().name() + " > SOC " + path.soc().name() + " [MedDRA " + path.version() + "]";
	}

	private Instant aware() {
		String text = awareAt.getText().trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text, AWARE).atZone(zone).toInstant();
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Site aware: '" + text + "' is not a date and time like 2026-05-01 14:30");
		}
	}

	private static LocalDate date(String field, Text text) {
		String value = text.getText().trim();
		try {
			return value.isEmpty() ? null : LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(field + ": '" + value + "' is not a date like 2026-05-01");
		}
	}

	private static <T> T pick(List<T> values, Combo combo) {
		int i = combo.getSelectionIndex();
		return i <= 0 ? null : values.get(i - 1);
	}

	private static String[] literals(List<? extends org.eclipse.emf.common.util.Enumerator> values) {
		List<String> result = new ArrayList<>();
		result.add("");
		values.forEach(v -> result.add(SafetyWords.of(v)));
		return result.toArray(String[]::new);
	}

	private Combo combo(String... items) {
		Combo combo = new Combo(this, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(0);
		return combo;
	}

	private <T extends org.eclipse.swt.widgets.Control> T field(String label, T control) {
		Label title = new Label(this, SWT.NONE);
		title.setText(label);
		title.moveAbove(control);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 220; // both field columns keep a usable width; the wide rows must not take it
		control.setLayoutData(data);
		return control;
	}

	/** A labelled field over the rest of the row. */
	private <T extends org.eclipse.swt.widgets.Control> T wide(String label, T control) {
		field(label, control);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		data.widthHint = 460;
		control.setLayoutData(data);
		return control;
	}

	private <T extends org.eclipse.swt.widgets.Control> T span(T control) {
		control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		return control;
	}
}
