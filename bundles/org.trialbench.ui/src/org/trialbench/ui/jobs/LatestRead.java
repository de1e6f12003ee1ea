package org.trialbench.ui.jobs;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * A view's reads from the store, each in a background job, where a read asked for later supersedes one still
 * running: the earlier job is cancelled and, should it finish anyway, its result is dropped, because it may predate
 * the commit that asked for the later read (two reloads finishing out of order would otherwise leave the older data
 * on screen, and drop a selection made on the newer). Results reach the UI thread only while the owning control
 * lives; disposing it cancels the running read. The jobs belong to the family {@link #family()}, so that whoever
 * closes the store under the view (a test, a log-out) can wait for them.
 */
public final class LatestRead {

	/**
	 * A read in the background: throws {@link OperationCanceledException} when its monitor is cancelled, and any
	 * other exception (a {@link org.trialbench.repository.StoreException} mostly) when it cannot read.
	 */
	@FunctionalInterface
	public interface Read<T> {
		T read(IProgressMonitor monitor) throws Exception;
	}

	private final Control owner;
	/** Reads asked for and the last shown (UI thread only). */
	private int asked;
	private int shown;
	private Job running;

	public LatestRead(Control owner) {
		this.owner = owner;
		owner.addDisposeListener(event -> {
			if (running != null) {
				running.cancel();
			}
		});
	}

	/**
	 * Starts the read (call on the UI thread); {@code show} gets its result on the UI thread if no later read was
	 * asked for meanwhile, {@code failed} the read's failure on the same terms (it is logged once, as the job's
	 * status, either way: {@code failed} only shows it).
	 */
	public <T> void run(String name, Read<T> read, Consumer<T> show, Consumer<Exception> failed) {
		int ticket = ++asked;
		if (running != null) {
			running.cancel();
		}
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					T result = read.read(monitor);
					deliver(ticket, () -> show.accept(result));
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (Exception e) {
					deliver(ticket, () -> failed.accept(e));
					return Status.error(name + ": " + e.getMessage(), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == LatestRead.this;
			}
		};
		running = job;
		job.schedule();
	}

	private void deliver(int ticket, Runnable action) {
		if (owner.isDisposed()) {
			return;
		}
		owner.getDisplay().asyncExec(() -> {
			if (!owner.isDisposed() && ticket == asked) {
				shown = ticket;
				running = null;
				action.run();
			}
		});
	}

	/** Whether the latest read asked for has not reached the view yet (UI thread). */
	public boolean pending() {
		return shown != asked;
	}

	/** The family of this view's read jobs, for {@code Job.getJobManager().join(family, monitor)}. */
	public Object family() {
		return this;
	}
}
