package org.trialbench.ui.navigator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;
import org.trialbench.clinical.ClinicalObject;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * Sites, subjects, visits and forms, read lazily: the sites the user may see (a site-bound user's own), one site's subject rows
 * (light {@link SubjectHeader}s, a page at a time) when the site is expanded, and one subject's whole record only
 * when that subject is expanded. Reads run as jobs; until they return the node shows a "Loading" note.
 *
 * <p>The caches and the viewer are touched on the UI thread only. A commit reloads, in the background, what is
 * loaded and affected, then refreshes the viewer; elements are compared by id, so expanded nodes stay
 * expanded.</p>
 */
public final class NavigatorContent implements ITreeContentProvider {
	/** Subject rows read per page. */
	public static final int PAGE = 500;

	private static final Object[] NONE = new Object[0];

	private final WorkbenchSession workbench;
	private TreeViewer viewer;
	private Display display;

	/** Bumped when the session changes: results of reads started before are dropped. */
	private int generation;
	private String prefix = "";
	private List<Site> sites;
	/** Per site id, how many subjects match the filter; null until counted or when there is no filter. */
	private Map<String, Integer> matches;
	private final Map<String, SiteSubjects> subjects = new HashMap<>();
	private final Map<String, Subject> records = new HashMap<>();
	private final Map<Object, NavigatorNote> failures = new HashMap<>();
	private final Set<Object> pending = new HashSet<>();
	private final List<Job> jobs = new CopyOnWriteArrayList<>();
	private final Set<String> changedSubjects = new HashSet<>();
	private boolean trialChanged;
	private Job reload;

	public NavigatorContent(WorkbenchSession workbench) {
		this.workbench = workbench;
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		this.viewer = (TreeViewer) newViewer;
		this.display = newViewer == null ? null : newViewer.getControl().getDisplay();
	}

	// ------------------------------------------------------------------ tree

	@Override
	public Object[] getElements(Object input) {
		return switch (workbench.state()) {
		case CONNECTING -> new Object[] { NavigatorNote.loading("Opening the trial store...") };
		case NO_STORE -> workbench.problem() == null ? new Object[] { NavigatorNote.info("No trial is open") }
				: new Object[] { NavigatorNote.info("No trial is open"), NavigatorNote.info(sentence(workbench.problem())) };
		case EMPTY -> new Object[] { NavigatorNote.info("No trial is open"),
				NavigatorNote.info("The store is empty: run ./trialbench demo to create a demo trial") };
		case LOGGED_OUT -> new Object[] { new NavigatorNote(NavigatorNote.Kind.LOGIN,
				"Not logged in to the " + workbench.repository().map(r -> r.description().toString()).orElse("store")
						+ ": double-click to log in",
				null) };
		case OPEN -> sites();
		};
	}

	private static String sentence(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private Object[] sites() {
		if (failures.containsKey(Keys.SITES)) {
			return new Object[] { failures.get(Keys.SITES) };
		}
		if (sites == null) {
			load(Keys.SITES, null, "Reading the trial's sites", session -> List.copyOf(session.visibleSites()),
					result -> {
						sites = result;
						viewer.refresh();
					});
			return new Object[] { NavigatorNote.loading("Loading sites...") };
		}
		if (prefix.isEmpty()) {
			return sites.isEmpty() ? new Object[] { NavigatorNote.info("The trial has no sites yet") } : sites.toArray();
		}
		String counted = prefix;
		Object key = Keys.matches(counted);
		if (failures.containsKey(key)) {
			return new Object[] { failures.get(key) };
		}
		if (matches == null) {
			List<Site> all = sites;
			load(key, null, "Searching subjects " + counted, session -> count(session, all, counted), result -> {
				if (!counted.equals(prefix)) {
					return;
				}
				matches = result;
				viewer.refresh();
				for (Site site : matchingSites()) {
					viewer.setExpandedState(site, true);
				}
			});
			return new Object[] { NavigatorNote.loading("Searching for " + counted + "...") };
		}
		List<Site> shown = matchingSites();
		return shown.isEmpty()
				? new Object[] { NavigatorNote.info("No subject's screening number contains " + prefix) }
				: shown.toArray();
	}

	private List<Site> matchingSites() {
		return sites.stream().filter(s -> matches != null && matches.getOrDefault(s.getId(), 0) > 0).toList();
	}

	private static Map<String, Integer> count(TrialSession session, List<Site> sites, String prefix)
			throws StoreException {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Site site : sites) {
			counts.put(site.getId(), session.countSubjects(SiteSubjects.filter(site.getId(), prefix)));
		}
		return counts;
	}

	@Override
	public Object[] getChildren(Object element) {
		if (element instanceof Site site) {
			return subjectsOf(site);
		}
		if (element instanceof SubjectHeader header) {
			return visitsOf(header);
		}
		if (element instanceof Visit visit) {
			return visit.getForms().toArray();
		}
		return NONE;
	}

	private Object[] subjectsOf(Site site) {
		String shownPrefix = prefix;
		Object key = Keys.site(site.getId(), shownPrefix);
		if (failures.containsKey(key)) {
			return new Object[] { failures.get(key) };
		}
		SiteSubjects loaded = subjects.get(site.getId());
		if (loaded == null) {
			load(key, site, "Reading the subjects of site " + site.getCode(),
					session -> SiteSubjects.read(session, site.getId(), shownPrefix, PAGE), result -> {
						if (shownPrefix.equals(prefix)) {
							subjects.put(site.getId(), result);
							viewer.refresh(site);
						}
					});
			return new Object[] { NavigatorNote.loading("Loading subjects...") };
		}
		if (loaded.headers().isEmpty()) {
			return new Object[] { NavigatorNote.info("No subjects yet") };
		}
		List<Object> rows = new ArrayList<>(loaded.headers());
		if (loaded.hasMore()) {
			int remaining = loaded.total() - loaded.headers().size();
			String text = remaining > PAGE ? "Show " + PAGE + " more of " + remaining + " not shown"
					: "Show the remaining " + remaining;
			rows.add(new NavigatorNote(NavigatorNote.Kind.MORE, text + " (double-click)", site));
		}
		return rows.toArray();
	}

	private Object[] visitsOf(SubjectHeader header) {
		Object key = Keys.subject(header.id());
		if (failures.containsKey(key)) {
			return new Object[] { failures.get(key) };
		}
		Subject record = records.get(header.id());
		if (record == null) {
			load(key, header, "Reading subject " + header.screeningNumber(), session -> session.subject(header.id()),
					result -> {
						if (result.isPresent()) {
							records.put(header.id(), result.get());
						} else {
							failures.put(key, NavigatorNote.info(
									"Subject " + header.screeningNumber() + " is no longer visible to you"));
						}
						viewer.refresh(header);
					});
			return new Object[] { NavigatorNote.loading("Loading " + header.screeningNumber() + "...") };
		}
		return record.getVisits().isEmpty() ? new Object[] { NavigatorNote.info("No visits yet") }
				: record.getVisits().toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof SubjectHeader header && sites != null) {
			return sites.stream().filter(s -> s.getId().equals(header.siteId())).findFirst().orElse(null);
		}
		if (element instanceof Visit visit && visit.getSubject() != null) {
			return header(visit.getSubject().getId()).orElse(null);
		}
		if (element instanceof FormRecord form) {
			return form.getVisit();
		}
		return null;
	}

	private Optional<SubjectHeader> header(String subjectId) {
		return subjects.values().stream().flatMap(s -> s.headers().stream()).filter(h -> h.id().equals(subjectId))
				.findFirst();
	}

	@Override
	public boolean hasChildren(Object element) {
		// Answered without reading: a subject may have visits until its record says otherwise.
		if (element instanceof Site || element instanceof SubjectHeader) {
			return true;
		}
		if (element instanceof Visit visit) {
			return !visit.getForms().isEmpty();
		}
		return false;
	}

	// ------------------------------------------------------------------ what the user does

	/** Shows only subjects whose screening number contains the text anywhere (empty: all). */
	public void filter(String newPrefix) {
		String trimmed = newPrefix == null ? "" : newPrefix.trim();
		if (trimmed.equals(prefix)) {
			return;
		}
		prefix = trimmed;
		matches = null;
		subjects.clear();
		failures.keySet().removeIf(k -> !(k instanceof Keys.SubjectKey));
		if (viewer != null) {
			viewer.refresh();
		}
	}

	public String filterText() {
		return prefix;
	}

	/** Reads the next page of a site's subjects (the "more" note was opened). */
	public void showMore(Site site) {
		SiteSubjects loaded = subjects.get(site.getId());
		if (loaded == null || !loaded.hasMore()) {
			return;
		}
		String shownPrefix = prefix;
		load(Keys.more(site.getId()), site, "Reading more subjects of site " + site.getCode(),
				session -> loaded.more(session, site.getId(), shownPrefix, PAGE), result -> {
					if (shownPrefix.equals(prefix)) {
						subjects.put(site.getId(), result);
						viewer.refresh(site);
					}
				});
	}

	// ------------------------------------------------------------------ changes in the store

	/**
	 * Called on the UI thread after a commit ({@code commit} null: the session itself changed, everything is
	 * stale). Reloads what is loaded and may have changed, then refreshes keeping expanded nodes expanded.
	 */
	public void changed(CommitInfo commit, Set<String> subjectIds) {
		if (commit == null) {
			reset();
			return;
		}
		changedSubjects.addAll(subjectIds);
		trialChanged |= subjectIds.isEmpty();
		if (reload == null) {
			reload = Job.create("Refreshing the Trial Navigator", monitor -> {
				display.asyncExec(this::reloadChanged);
				return Status.OK_STATUS;
			});
			reload.setSystem(true);
		}
		reload.schedule(150); // commits in quick succession are refreshed together
	}

	private void reloadChanged() {
		if (viewer == null || viewer.getControl().isDisposed() || !workbench.isOpen()) {
			return;
		}
		if (pending.contains(Keys.RELOAD)) {
			reload.schedule(150); // the reload under way may have read too early; read again after it
			return;
		}
		Set<String> changed = Set.copyOf(changedSubjects);
		boolean trial = trialChanged;
		changedSubjects.clear();
		trialChanged = false;
		Map<String, Integer> loadedSites = new HashMap<>();
		subjects.forEach((id, loaded) -> loadedSites.put(id, Math.max(PAGE, loaded.headers().size())));
		Set<String> loadedRecords = new HashSet<>(records.keySet());
		loadedRecords.retainAll(changed);
		String shownPrefix = prefix;
		List<Site> knownSites = sites;
		boolean recount = !prefix.isEmpty() && knownSites != null;
		load(Keys.RELOAD, null, "Refreshing the Trial Navigator", session -> {
			Reloaded result = new Reloaded();
			result.sites = trial || knownSites == null ? List.copyOf(session.visibleSites()) : knownSites;
			for (var site : loadedSites.entrySet()) {
				result.subjects.put(site.getKey(), SiteSubjects.read(session, site.getKey(), shownPrefix, site.getValue()));
			}
			for (String id : loadedRecords) {
				result.records.put(id, session.subject(id));
			}
			if (recount) {
				result.matches = count(session, result.sites, shownPrefix);
			}
			return result;
		}, result -> {
			if (!shownPrefix.equals(prefix)) {
				return;
			}
			sites = result.sites;
			if (recount) {
				matches = result.matches;
			}
			subjects.putAll(result.subjects);
			result.records.forEach((id, record) -> {
				if (record.isPresent()) {
					records.put(id, record.get());
				} else {
					records.remove(id);
					failures.put(Keys.subject(id), NavigatorNote.info("A subject is no longer visible to you"));
				}
			});
			viewer.refresh();
		});
	}

	private void reset() {
		generation++;
		sites = null;
		matches = null;
		subjects.clear();
		records.clear();
		failures.clear();
		pending.clear();
		changedSubjects.clear();
		trialChanged = false;
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh();
		}
	}

	/** What a reload after a commit read. */
	private static final class Reloaded {
		List<Site> sites;
		Map<String, Integer> matches;
		final Map<String, SiteSubjects> subjects = new HashMap<>();
		final Map<String, Optional<Subject>> records = new HashMap<>();
	}

	// ------------------------------------------------------------------ reading in the background

	@FunctionalInterface
	private interface Read<T> {
		T from(TrialSession session) throws StoreException;
	}

	/**
	 * Runs a read as a job unless one for the key is under way; hands the result to {@code apply} on the UI
	 * thread. A failure is logged with its stack and shown in place of the node's children, naming the record.
	 */
	private <T> void load(Object key, Object node, String description, Read<T> read, Consumer<T> apply) {
		if (viewer == null || !pending.add(key)) {
			return;
		}
		int started = generation;
		Display uiDisplay = display;
		Job job = Job.create(description, monitor -> {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			try {
				T result = read.from(workbench.session());
				onUi(uiDisplay, () -> {
					if (started == generation && pending.remove(key)) {
						apply.accept(result);
					}
				});
			} catch (StoreException | RuntimeException e) {
				String message = description.replaceFirst("^Reading", "Could not read") + ": " + e.getMessage();
				ILog.of(NavigatorContent.class).error(message, e);
				onUi(uiDisplay, () -> {
					if (started == generation && pending.remove(key)) {
						failures.put(key, NavigatorNote.error(message));
						if (node == null) {
							viewer.refresh();
						} else {
							viewer.refresh(node);
						}
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				jobs.remove(job);
			}
		});
		jobs.add(job);
		job.schedule();
	}

	private void onUi(Display uiDisplay, Runnable runnable) {
		if (uiDisplay == null || uiDisplay.isDisposed()) {
			return;
		}
		uiDisplay.asyncExec(() -> {
			if (viewer != null && !viewer.getControl().isDisposed()) {
				runnable.run();
			}
		});
	}

	/** Whether reads are still under way (for tests and the status line). */
	public boolean isLoading() {
		return !pending.isEmpty();
	}

	@Override
	public void dispose() {
		generation++;
		jobs.forEach(Job::cancel);
		if (reload != null) {
			reload.cancel();
		}
	}

	// ------------------------------------------------------------------ identity

	/** Cache keys of reads; a site's subjects are keyed with the filter they were read under. */
	private static final class Keys {
		static final Object SITES = "sites";
		static final Object RELOAD = "reload";

		record SiteKey(String siteId, String prefix) {
		}

		record SubjectKey(String subjectId) {
		}

		record MatchesKey(String prefix) {
		}

		record MoreKey(String siteId) {
		}

		static Object site(String siteId, String prefix) {
			return new SiteKey(siteId, prefix);
		}

		static Object subject(String subjectId) {
			return new SubjectKey(subjectId);
		}

		static Object matches(String prefix) {
			return new MatchesKey(prefix);
		}

		static Object more(String siteId) {
			return new MoreKey(siteId);
		}
	}

	/**
	 * Compares tree elements by what they are, not which snapshot they came from: reloaded rows and records are
	 * new objects, and the viewer must recognize them to keep them expanded and selected.
	 */
	public static final IElementComparer BY_ID = new IElementComparer() {
		@Override
		public boolean equals(Object a, Object b) {
			return Objects.equals(identity(a), identity(b));
		}

		@Override
		public int hashCode(Object element) {
			return Objects.hashCode(identity(element));
		}

		private Object identity(Object element) {
			if (element instanceof SubjectHeader header) {
				return List.of(SubjectHeader.class, header.id());
			}
			if (element instanceof ClinicalObject object && object.getId() != null) {
				return List.of(object.eClass().getName(), object.getId());
			}
			return element;
		}
	};
}
