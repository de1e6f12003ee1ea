package org.trialbench.adjudication.ui;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.trialbench.adjudication.AdjudicationPacket;
import org.trialbench.adjudication.CaseWording;
import org.trialbench.adjudication.ReviewDesk;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.ui.jobs.LatestRead;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The adjudicator's inbox and case view: the cases waiting for the user's decision, the blinded packet of the
 * selected one, and the decision with its e-signature. Loading and signing run as jobs; the desk decides.
 */
public class AdjudicationInboxPart {

	private final WorkbenchSession workbench;
	private final WorkbenchSession.Listener listener = (commit, subjects) -> refreshLater();
	private java.util.Map<String, String> screeningNumbers = java.util.Map.of();
	private Table inbox;
	private Label caseTitle;
	private Text packet;
	private static final String INDEPENDENT = "Your decision (independent: you see no other adjudicator's decision "
			+ "before you sign)";
	private Group decide;
	private Button[] decisions;
	private Text rationale;
	private Combo meaning;
	private Text correction;
	private Button sign;
	private List<ReviewDesk.InboxEntry> entries = List.of();
	private AdjudicationCase shown;
	private AdjudicationPacket shownPacket;
	private volatile int loads;
	private LatestRead inboxReads;
	private LatestRead packetReads;

	@Inject
	public AdjudicationInboxPart(WorkbenchSession workbench) {
		this.workbench = workbench;
	}

	/** Commits arrive on the store's thread; the reload starts on the UI thread. */
	private void refreshLater() {
		Table table = inbox;
		if (table != null && !table.isDisposed()) {
			table.getDisplay().asyncExec(this::refresh);
		}
	}

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(left);
		new Label(left, SWT.NONE).setText("Cases waiting for your decision");
		inbox = new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		inboxReads = new LatestRead(inbox);
		inbox.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Task", "130" }, { "Subject", "70" }, { "Endpoint", "170" },
				{ "Status", "90" }, { "Waiting", "70" } }) {
			TableColumn c = new TableColumn(inbox, SWT.NONE);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(inbox);
		inbox.addListener(SWT.Resize, e -> fitColumns());
		// the endpoint column gives way on a narrow screen: the whole entry shows on hover
		inbox.addListener(SWT.MouseHover, e -> {
			TableItem item = inbox.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
			int index = item == null ? -1 : inbox.indexOf(item);
			inbox.setToolTipText(index < 0 || index >= entries.size() ? null : tooltip(entries.get(index)));
		});
		inbox.addListener(SWT.Selection, e -> select(inbox.getSelectionIndex()));

		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(right);
		caseTitle = new Label(right, SWT.NONE);
		caseTitle.setText("Select a case");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(caseTitle);
		packet = new Text(right, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
		// the packet of the case chosen last: a slower read of one chosen before never replaces it
		packetReads = new LatestRead(packet);
		packet.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(packet);
		decide = new Group(right, SWT.NONE);
		decide.setText(INDEPENDENT);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(decide);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(decide);
		AdjudicationDecision[] values = AdjudicationDecision.values();
		decisions = new Button[values.length];
		for (int i = 0; i < values.length; i++) {
			decisions[i] = new Button(decide, SWT.RADIO);
			decisions[i].setText(CaseWording.decision(values[i]));
		}
		new Label(decide, SWT.NONE);
		new Label(decide, SWT.NONE).setText("Rationale:");
		rationale = new Text(decide, SWT.BORDER | SWT.MULTI | SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 48).applyTo(rationale);
		new Label(decide, SWT.NONE).setText("Signature means:");
		meaning = new Combo(decide, SWT.READ_ONLY);
		for (SignatureMeaning m : SignatureMeaning.values()) {
			meaning.add(CaseWording.meaning(m));
		}
		meaning.select(SignatureMeaning.AUTHORSHIP.getValue());
		GridDataFactory.fillDefaults().span(3, 1).applyTo(meaning);
		new Label(decide, SWT.NONE).setText("Correction reason:");
		correction = new Text(decide, SWT.BORDER);
		correction.setMessage("only to replace your own signed decision");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(correction);
		sign = new Button(decide, SWT.PUSH);
		sign.setText("Sign decision...");
		sign.addListener(SWT.Selection, e -> signSelected());
		GridDataFactory.swtDefaults().span(4, 1).align(SWT.END, SWT.CENTER).applyTo(sign);
		sash.setWeights(42, 58);
		workbench.addListener(listener);
		refresh();
	}

	/** Reloads the inbox in a job. */
	public void refresh() {
		if (inbox == null || inbox.isDisposed() || !workbench.isOpen()) {
			return;
		}
		record Inbox(List<ReviewDesk.InboxEntry> entries, java.util.Map<String, String> numbers) {
		}
		inboxReads.run("Loading the adjudication inbox", monitor -> {
			List<ReviewDesk.InboxEntry> loaded = new ReviewDesk(workbench.session()).inbox();
			java.util.Map<String, String> numbers = new java.util.HashMap<>();
			workbench.session().subjects(org.trialbench.repository.SubjectFilter.all())
					.forEach(h -> numbers.put(h.id(), h.screeningNumber()));
			return new Inbox(loaded, numbers);
		}, read -> {
			screeningNumbers = read.numbers();
			show(read.entries());
		}, e -> caseTitle.setText("Cannot load the adjudication inbox: " + e.getMessage()));
	}

	void show(List<ReviewDesk.InboxEntry> loaded) {
		if (inbox.isDisposed()) {
			return;
		}
		entries = loaded;
		inbox.removeAll();
		for (ReviewDesk.InboxEntry entry : loaded) {
			AdjudicationCase c = entry.adjudicationCase();
			TableItem item = new TableItem(inbox, SWT.NONE);
			item.setText(new String[] { entry.task().label(), subjectLabel(c), c.getEndpoint() == null ? ""
					: c.getEndpoint().getName(), CaseWording.status(c.getStatus()),
					waiting(c.getCreatedAt(), java.time.Instant.now()) });
		}
		fitColumns();
		if (shown != null) {
			String id = shown.getId();
			int still = -1;
			for (int i = 0; i < loaded.size(); i++) {
				if (loaded.get(i).adjudicationCase().getId().equals(id)) {
					still = i;
				}
			}
			if (still >= 0) {
				inbox.setSelection(still);
			} else {
				clearCase(); // signed, or taken off the user's desk: nothing of it stays on screen
			}
		}
		loads++;
	}

	/** How long a case has waited since it was opened: "today", "1 day", "12 days". */
	static String waiting(java.time.Instant opened, java.time.Instant now) {
		if (opened == null) {
			return "";
		}
		long days = java.time.Duration.between(opened, now).toDays();
		return days <= 0 ? "today" : days == 1 ? "1 day" : days + " days";
	}

	private String tooltip(ReviewDesk.InboxEntry entry) {
		AdjudicationCase c = entry.adjudicationCase();
		return entry.task().label() + ", subject " + subjectLabel(c) + "\n"
				+ (c.getEndpoint() == null ? "" : c.getEndpoint().getName() + "\n") + CaseWording.status(c.getStatus())
				+ (c.getCreatedAt() == null ? "" : ", opened " + c.getCreatedAt().toString().substring(0, 10));
	}

	/**
	 * Every column as wide as its widest cell; when that is wider than the table, the endpoint column (the longest
	 * text, also in the case view) gives way, so that Status and Opened are never cut off at the right.
	 */
	private void fitColumns() {
		TableColumn[] columns = inbox.getColumns();
		int total = 0;
		for (TableColumn column : columns) {
			column.pack();
			total += column.getWidth();
		}
		int available = inbox.getClientArea().width;
		TableColumn endpoint = columns[2];
		if (available > 0 && total > available) {
			endpoint.setWidth(Math.max(40, endpoint.getWidth() - (total - available)));
		}
	}

	private String subjectLabel(AdjudicationCase c) {
		return c.getSubject() == null ? "" : screeningNumbers.getOrDefault(c.getSubject().getId(), c.getSubject().getId());
	}

	/** Shows the packet of the entry at the index (loaded in a job). */
	public void select(int index) {
		if (index < 0 || index >= entries.size()) {
			return;
		}
		inbox.setSelection(index);
		ReviewDesk.InboxEntry entry = entries.get(index);
		packetReads.run("Loading the case packet",
				monitor -> new ReviewDesk(workbench.session()).packet(entry.adjudicationCase()),
				loaded -> showCase(entry, loaded), e -> {
					clearCase();
					caseTitle.setText("Cannot load the case: " + e.getMessage());
				});
	}

	void showCase(ReviewDesk.InboxEntry entry, AdjudicationPacket loaded) {
		if (packet.isDisposed()) {
			return;
		}
		shown = entry.adjudicationCase();
		shownPacket = loaded;
		decide.setText(switch (entry.task()) {
		case CONSENSUS -> "Your consensus decision (the one the first two adjudicators agreed on in discussion)";
		case THIRD_REVIEW -> "Your decision as third adjudicator (independent: you see neither earlier decision)";
		default -> INDEPENDENT;
		});
		caseTitle.setText(entry.task().label() + ": " + CaseWording.title(loaded));
		// the reference, for finding the case in the audit trail, on hover and in the signature statement
		caseTitle.setToolTipText("Case " + CaseWording.reference(shown.getId()));
		caseTitle.getParent().layout(true);
		packet.setText(PacketText.of(loaded));
		loads++;
	}

	private void clearCase() {
		shown = null;
		shownPacket = null;
		caseTitle.setText("Select a case");
		caseTitle.setToolTipText(null);
		decide.setText(INDEPENDENT);
		packet.setText("");
		for (Button decision : decisions) {
			decision.setSelection(false);
		}
		rationale.setText("");
		correction.setText("");
	}

	/** Fills the decision as a user would (used by the UI test and by nobody else). */
	void decide(AdjudicationDecision decision, String why) {
		for (int i = 0; i < decisions.length; i++) {
			decisions[i].setSelection(i == decision.getValue());
		}
		rationale.setText(why);
	}

	int loads() {
		return loads;
	}

	Table inbox() {
		return inbox;
	}

	String caseTitle() {
		return caseTitle.getText();
	}

	Text packetText() {
		return packet;
	}

	private void signSelected() {
		if (shown == null) {
			MessageDialog.openInformation(sign.getShell(), "Sign decision", "Select a case in the inbox first.");
			return;
		}
		AdjudicationDecision chosen = null;
		for (int i = 0; i < decisions.length; i++) {
			if (decisions[i].getSelection()) {
				chosen = AdjudicationDecision.get(i);
			}
		}
		SignatureMeaning m = SignatureMeaning.get(meaning.getSelectionIndex());
		String reason = correction.getText().isBlank() ? null : correction.getText();
		ReviewDesk.Decision decision = new ReviewDesk.Decision(chosen, rationale.getText(), m, reason);
		if (chosen == null) {
			MessageDialog.openInformation(sign.getShell(), "Sign decision",
					"Choose a decision (endpoint met, not met or indeterminate) before signing.");
			return;
		}
		String signer = workbench.session().user().getFullName();
		askPasswordAndSign(signer, CaseWording.signatureStatement(signer, chosen, shownPacket, m), shown.getId(),
				CaseWording.title(shownPacket), decision, null);
	}

	/**
	 * Asks for the password (with the reason the last try failed, if any) and signs in a job; a wrong password asks
	 * again, with the decision as entered, until the adjudicator cancels or signing locks.
	 */
	private void askPasswordAndSign(String signer, String statement, String caseId, String caseName,
			ReviewDesk.Decision decision, String retryReason) {
		if (sign.isDisposed()) {
			return;
		}
		SignatureDialog dialog = new SignatureDialog(sign.getShell(), signer, statement, retryReason);
		if (dialog.open() != Window.OK) {
			return;
		}
		char[] password = dialog.password();
		Display display = sign.getDisplay();
		Job job = Job.create("Signing the adjudication decision", monitor -> {
			try {
				AdjudicationCase after = new ReviewDesk(workbench.session()).sign(caseId, decision, password);
				display.asyncExec(() -> {
					MessageDialog.openInformation(display.getActiveShell(), "Decision signed", "Your decision on "
							+ caseName + " is signed and stored. The case is now "
							+ CaseWording.status(after.getStatus()).toLowerCase(java.util.Locale.ROOT) + ".");
					refresh();
				});
				return Status.OK_STATUS;
			} catch (org.trialbench.repository.AuthenticationException e) {
				// the store's message names the record by its id; the adjudicator needs to know what to do
				boolean locked;
				try {
					locked = workbench.session().signingLocked();
				} catch (Exception unknown) {
					locked = false;
				}
				if (locked) {
					display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), "Not signed", caseName
							+ " is not signed: your signing is locked after repeated wrong passwords. An administrator "
							+ "unlocks it (or log in again with your password)."));
				} else {
					display.asyncExec(() -> askPasswordAndSign(signer, statement, caseId, caseName, decision,
							"The password was not right, so nothing was signed. Enter the password you log in with "
									+ "(repeated wrong passwords lock signing until an administrator unlocks it)."));
				}
				return new Status(IStatus.WARNING, "org.trialbench.adjudication.ui",
						"Signature refused for " + caseName + ": wrong password");
			} catch (Exception e) {
				display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), "Not signed",
						caseName + ": " + e.getMessage()));
				return new Status(IStatus.WARNING, "org.trialbench.adjudication.ui", "Not signed: " + e.getMessage(), e);
			} finally {
				java.util.Arrays.fill(password, '\0');
			}
		});
		job.schedule();
	}

	/** Sign decision... as the button does (for tests). */
	void signDecision() {
		signSelected();
	}

	@Focus
	public void setFocus() {
		inbox.setFocus();
	}

	@PreDestroy
	public void dispose() {
		workbench.removeListener(listener);
	}
}
