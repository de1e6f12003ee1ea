package org.trialbench.monitoring.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.clinical.Site;
import org.trialbench.monitoring.ProtocolNames;
import org.trialbench.monitoring.QueryAging;
import org.trialbench.monitoring.QueryDesk;
import org.trialbench.monitoring.QueryLifecycle;
import org.trialbench.monitoring.QueryThread;
import org.trialbench.monitoring.SiteInbox;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.forms.SignatureNote;
import org.trialbench.ui.jobs.LatestRead;

/**
 * Queries of a site: the inbox (waiting for the site, or every unresolved query, oldest first, with its age), and
 * the chosen query's whole thread with who wrote what when. Below it the user answers (with a corrected value, at
 * a site), closes or re-opens (as a monitor); buttons a role may not use are disabled.
 */
public final class QueriesView extends Composite {

	/** Times in the user's own zone, as everywhere in the workbench. */
	private static final String CORRECTION_TIP = "A corrected value (optional) replaces the queried value, with "
			+ "the answer as its reason for change";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(java.time.ZoneId.systemDefault());

	private final TrialSession session;
	private final Consumer<String> problems;
	private final QueryDesk desk = new QueryDesk();
	private final ProtocolNames names;
	private final Combo site;
	private final Combo scope;
	private final Table inbox;
	private final Label threadTitle;
	private final Table thread;
	private final Text reply;
	private final Text correction;
	private final Button answer;
	private final Button close;
	private final Button reopen;
	private final List<Site> sites = new ArrayList<>();
	/** Reads of the list and of a thread: a later one supersedes one still running (see LatestRead). */
	private final LatestRead lists = new LatestRead(this);
	private final LatestRead threads = new LatestRead(this);
	private List<QueryHeader> shown = List.of();
	private QueryHeader current;
	/** Why the chosen query's answer may not correct its value (its form is signed or locked), or null. */
	private String correctionRefused;
	/** The status of the chosen query's form that refuses a correction (signed or locked), or null. */
	private FormStatus correctionFrozenAs;

	public QueriesView(Composite parent, TrialSession session, Consumer<String> problems) {
		super(parent, SWT.NONE);
		this.session = session;
		this.problems = problems;
		this.names = new ProtocolNames(session.protocol(), session.trial());
		setLayout(new GridLayout(1, false));
		Composite bar = new Composite(this, SWT.NONE);
		bar.setLayout(new GridLayout(4, false));
		new Label(bar, SWT.NONE).setText("Site");
		site = new Combo(bar, SWT.READ_ONLY);
		session.visibleSites().forEach(s -> {
					sites.add(s);
					site.add(s.getCode() + (s.getName() == null ? "" : " " + s.getName()));
				});
		new Label(bar, SWT.NONE).setText("Show");
		scope = new Combo(bar, SWT.READ_ONLY);
		scope.setItems("Waiting for the site (open, re-opened)", "Unresolved (also answered)", "All queries");
		scope.select(1);

		SashForm sash = new SashForm(this, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		inbox = table(sash, "Subject", 80, "Item or field", 170, "Status", 80, "Raised", 120, "Age (days)", 80,
				"Messages", 70, "Latest message", 360);
		Composite lower = new Composite(sash, SWT.NONE);
		lower.setLayout(new GridLayout(1, false));
		threadTitle = new Label(lower, SWT.WRAP);
		threadTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		threadTitle.setText("Choose a query to see its thread");
		thread = table(lower, "When", 120, "Who", 200, "Step", 70, "Message", 520);
		thread.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite actions = new Composite(lower, SWT.NONE);
		actions.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		actions.setLayout(new GridLayout(6, false));
		reply = new Text(actions, SWT.BORDER);
		reply.setMessage("Message");
		reply.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		correction = new Text(actions, SWT.BORDER);
		correction.setLayoutData(new GridData(160, SWT.DEFAULT));
		answer = button(actions, "Answer", QueryMessageKind.ANSWER);
		close = button(actions, "Close", QueryMessageKind.CLOSE);
		reopen = button(actions, "Re-open", QueryMessageKind.REOPEN);
		sash.setWeights(45, 55);
		inboxMenu();
		reply.addListener(SWT.Modify, e -> updateActions());
		updateActions();

		site.addListener(SWT.Selection, e -> load());
		scope.addListener(SWT.Selection, e -> load());
		inbox.addListener(SWT.Selection, e -> {
			int index = inbox.getSelectionIndex();
			if (index >= 0 && index < shown.size()) {
				showThread(shown.get(index));
			}
		});
		// double-click (or Enter) on a query: write the reply
		inbox.addListener(SWT.DefaultSelection, e -> {
			if (current != null) {
				reply.setFocus();
			}
		});
		if (!sites.isEmpty()) {
			site.select(0);
			load();
		}
	}

	private static Table table(Composite parent, Object... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < columns.length; i += 2) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText((String) columns[i]);
			column.pack(); // at least as wide as its header, so that no header is cut off
			column.setWidth(Math.max(column.getWidth(), (Integer) columns[i + 1]));
		}
		return table;
	}

	private Button button(Composite parent, String text, QueryMessageKind kind) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> act(kind));
		return button;
	}

	/** The context menu of the inbox: reply, close, re-open, enabled as the buttons are. */
	private void inboxMenu() {
		Menu menu = new Menu(inbox);
		MenuItem replyItem = new MenuItem(menu, SWT.PUSH);
		replyItem.setText("Reply...");
		replyItem.addListener(SWT.Selection, e -> reply.setFocus());
		replyItem.setEnabled(false);
		MenuItem closeItem = new MenuItem(menu, SWT.PUSH);
		closeItem.setText("Close Query");
		closeItem.addListener(SWT.Selection, e -> act(QueryMessageKind.CLOSE));
		MenuItem reopenItem = new MenuItem(menu, SWT.PUSH);
		reopenItem.setText("Re-open Query");
		reopenItem.addListener(SWT.Selection, e -> act(QueryMessageKind.REOPEN));
		menu.addListener(SWT.Show, e -> {
			replyItem.setEnabled(reply.isEnabled());
			replyItem.setToolTipText(reply.isEnabled() ? "Write the message below the thread" : replyReason());
			// a disabled menu item shows why in its tooltip (GTK shows tooltips on disabled menu items)
			for (QueryMessageKind kind : List.of(QueryMessageKind.CLOSE, QueryMessageKind.REOPEN)) {
				MenuItem item = kind == QueryMessageKind.CLOSE ? closeItem : reopenItem;
				String why = reason(kind);
				item.setEnabled(why == null);
				item.setToolTipText(why == null ? enabledTip(kind) : why);
			}
		});
		inbox.setMenu(menu);
	}

	/** What an enabled action does, as its tooltip. */
	private static String enabledTip(QueryMessageKind kind) {
		return switch (kind) {
		case ANSWER -> "Answer the chosen query with the message (and a corrected value)";
		case CLOSE -> "Close the chosen query with the message";
		case REOPEN -> "Re-open the chosen query with the message";
		default -> null;
		};
	}

	private String replyReason() {
		return current == null ? "Choose a query in the list first"
				: "Only the site (answer) and the monitor (close, re-open) write in a query's thread";
	}

	/**
	 * Why the step cannot be taken on the chosen query now, or null when it can: the user's role, no query chosen,
	 * or the query's status (a closed query is not closed again, an open one is not re-opened).
	 */
	public String reason(QueryMessageKind kind) {
		if (!QueryLifecycle.allows(session.roles(), kind)) {
			return kind == QueryMessageKind.ANSWER ? "Sites answer queries; monitors close and re-open them"
					: "Monitors and data managers close and re-open queries; sites answer them";
		}
		if (current == null) {
			return "Choose a query in the list first";
		}
		try {
			QueryLifecycle.next(current.status(), kind);
		} catch (IllegalStateException e) {
			return e.getMessage();
		}
		return reply.getText().isBlank() ? "Write the message first; it goes into the query's thread" : null;
	}

	/** Enables each action as the chosen query and the user's role allow; a disabled one says why. */
	private void updateActions() {
		update(answer, QueryMessageKind.ANSWER);
		update(close, QueryMessageKind.CLOSE);
		update(reopen, QueryMessageKind.REOPEN);
		boolean writable = current != null && (QueryLifecycle.allows(session.roles(), QueryMessageKind.ANSWER)
				|| QueryLifecycle.allows(session.roles(), QueryMessageKind.CLOSE));
		boolean answers = writable && QueryLifecycle.allows(session.roles(), QueryMessageKind.ANSWER);
		correction.setEnabled(answers && correctionRefused == null);
		correction.setToolTipText(!answers || correctionRefused == null ? CORRECTION_TIP
				: "No correction in an answer here: " + correctionRefused);
		correction.setMessage(!answers || correctionRefused == null ? "Corrected value (optional)"
				: correctionFrozenAs == FormStatus.SIGNED ? "Signed form: no correction" : "Locked form: no correction");
		reply.setEnabled(writable);
	}

	private void update(Button button, QueryMessageKind kind) {
		String why = reason(kind);
		button.setEnabled(why == null);
		button.setToolTipText(why == null ? enabledTip(kind) : why);
	}

	/** Reads the site's queries (the headers only) and lists those of the chosen scope. */
	public void load() {
		int index = site.getSelectionIndex();
		if (index < 0) {
			return;
		}
		Site chosen = sites.get(index);
		int which = scope.getSelectionIndex();
		lists.run("Reading the queries of site " + chosen.getCode(), monitor -> {
			List<QueryHeader> all = session.queries(chosen.getId());
			return which == 0 ? SiteInbox.of(all) : which == 1 ? SiteInbox.unresolved(all) : all;
		}, this::fill, e -> problems.accept("The queries of site " + chosen.getCode() + " could not be read: "
				+ e.getMessage()));
	}

	private void fill(List<QueryHeader> list) {
		if (isDisposed()) {
			return;
		}
		shown = list;
		inbox.removeAll();
		QueryHeader chosen = current;
		current = null;
		Instant now = Instant.now();
		for (QueryHeader query : list) {
			TableItem item = new TableItem(inbox, SWT.NONE);
			item.setText(new String[] { query.screeningNumber(), about(query), org.trialbench.model.status.LiteralWords.of(query.status()),
					query.raisedAt() == null ? "" : TIME.format(query.raisedAt()),
					Long.toString(QueryAging.ageDays(query, now)), Integer.toString(query.messageCount()),
					query.lastMessageText() == null ? "" : query.lastMessageText() });
		}
		if (chosen != null) {
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i).id().equals(chosen.id())) {
					inbox.select(i);
					showThread(list.get(i));
				}
			}
		}
		updateActions();
	}

	private String about(QueryHeader query) {
		return query.targetType().equals("ItemValue") ? names.of(query.itemOidOrField())
				: query.targetType() + (query.itemOidOrField() == null ? "" : " " + query.itemOidOrField());
	}

	/** Reads and shows the query's whole thread. */
	public void showThread(QueryHeader query) {
		if (current == null || !current.id().equals(query.id())) {
			correctionRefused = null;
			correctionFrozenAs = null;
		}
		current = query;
		updateActions();
		// the thread of the query chosen last: a slower read of one chosen before never replaces it
		threads.run("Reading a query thread", monitor -> desk.thread(session, query.subjectId(), query.id()),
				read -> read.ifPresent(this::fillThread), e -> problems.accept(e.getMessage()));
	}

	private void fillThread(QueryThread read) {
		if (isDisposed()) {
			return;
		}
		threadTitle.setText("Subject " + read.subject() + ", " + read.about() + ": " + org.trialbench.model.status.LiteralWords.of(read.status())
				+ " (" + read.entries().size() + (read.entries().size() == 1 ? " message)" : " messages)"));
		thread.removeAll();
		for (QueryThread.Entry entry : read.entries()) {
			TableItem item = new TableItem(thread, SWT.NONE);
			item.setText(new String[] { entry.at() == null ? "" : TIME.format(entry.at()), entry.author(),
					org.trialbench.model.status.LiteralWords.of(entry.kind()), entry.text() == null ? "" : entry.text() });
		}
		threadTitle.getParent().layout();
		if (current == null || !current.id().equals(read.queryId())) {
			return; // the user chose another query meanwhile
		}
		String refused = QueryDesk.correctionRefusal(read.form());
		correctionFrozenAs = refused == null ? null : read.form().getStatus();
		correctionRefused = refused == null ? null
				: read.form().getStatus() != FormStatus.SIGNED ? refused
						: SignatureNote.signedBy(read.form()) + ". A correction needs the signature withdrawn first "
								+ "(Withdraw Signature... in the form's editor, with a reason); then correct the "
								+ "value there and the principal investigator signs again. The answer itself can "
								+ "still be sent.";
		if (correctionRefused != null) {
			correction.setText("");
		}
		updateActions();
	}

	/** Whether the answer may carry a corrected value now; when not, the correction field's tooltip says why. */
	public boolean correctionOffered() {
		return correction.isEnabled();
	}

	/** The correction field, for tests. */
	Text correctionText() {
		return correction;
	}

	private void act(QueryMessageKind kind) {
		QueryHeader query = current;
		if (query == null) {
			problems.accept("Choose a query first");
			return;
		}
		String text = reply.getText();
		String corrected = kind == QueryMessageKind.ANSWER && !correction.getText().isBlank() ? correction.getText()
				: null;
		Job.create(QueryLifecycle.verb(kind) + " a query", monitor -> {
			try {
				switch (kind) {
				case ANSWER -> desk.answer(session, query.subjectId(), query.id(), text, corrected);
				case CLOSE -> desk.close(session, query.subjectId(), query.id(), text);
				case REOPEN -> desk.reopen(session, query.subjectId(), query.id(), text);
				case RAISE -> throw new IllegalStateException("queries are raised from the worklist");
				}
				getDisplay().asyncExec(() -> {
					if (isDisposed()) {
						return;
					}
					reply.setText("");
					correction.setText("");
					// the thread as it is now (closed, answered, re-opened), also when the query leaves the list
					showThread(query);
					load();
				});
				return Status.OK_STATUS;
			} catch (StoreException e) {
				// reported (and logged) once, by the part; not again by the job manager
				getDisplay().asyncExec(() -> problems.accept(e.getMessage()));
				return Status.OK_STATUS;
			}
		}).schedule();
	}

	public Button actionButton(QueryMessageKind kind) {
		return switch (kind) {
		case ANSWER -> answer;
		case CLOSE -> close;
		case REOPEN -> reopen;
		case RAISE -> null;
		};
	}

	public Text replyText() {
		return reply;
	}

	// for tests
	public int inboxSize() {
		return inbox.getItemCount();
	}

	public Table inboxTable() {
		return inbox;
	}

	public Table threadTable() {
		return thread;
	}

	public List<QueryHeader> shownQueries() {
		return shown;
	}
}
