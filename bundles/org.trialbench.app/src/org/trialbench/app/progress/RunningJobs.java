package org.trialbench.app.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;

/**
 * What every running user-visible job reports (task, work done, cancellation), kept thread-safe for the status
 * bar, which reads it on a timer. System jobs are left out.
 */
public final class RunningJobs extends ProgressProvider {

	/** A snapshot of one job's progress; {@code fraction} is -1 while the amount of work is unknown. */
	public record Progress(Job job, String name, String task, double fraction) {
	}

	private final Map<Job, JobMonitor> monitors = new LinkedHashMap<>();
	private final JobChangeAdapter listener = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			synchronized (monitors) {
				monitors.remove(event.getJob());
			}
		}
	};
	private IJobManager manager;

	public void install(IJobManager jobManager) {
		this.manager = jobManager;
		jobManager.setProgressProvider(this);
		jobManager.addJobChangeListener(listener);
	}

	public void uninstall() {
		if (manager != null) {
			manager.removeJobChangeListener(listener);
			manager.setProgressProvider(null);
		}
	}

	@Override
	public IProgressMonitor createMonitor(Job job) {
		if (job.isSystem()) {
			return new NullProgressMonitor();
		}
		JobMonitor monitor = new JobMonitor(job);
		synchronized (monitors) {
			monitors.put(job, monitor);
		}
		return monitor;
	}

	/** The running jobs, oldest first. */
	public List<Progress> snapshot() {
		List<Progress> result = new ArrayList<>();
		synchronized (monitors) {
			for (JobMonitor monitor : monitors.values()) {
				if (monitor.job.getState() == Job.RUNNING) {
					result.add(monitor.progress());
				}
			}
		}
		return result;
	}

	/** The job the status bar shows: the newest one still running. */
	public Optional<Progress> current() {
		List<Progress> all = snapshot();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	private static final class JobMonitor extends NullProgressMonitor {
		private final Job job;
		private volatile String task = "";
		private volatile String subTask = "";
		private volatile int total = UNKNOWN;
		private volatile double worked;

		JobMonitor(Job job) {
			this.job = job;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			task = name == null ? "" : name;
			total = totalWork;
			worked = 0;
		}

		@Override
		public void setTaskName(String name) {
			task = name == null ? "" : name;
		}

		@Override
		public void subTask(String name) {
			subTask = name == null ? "" : name;
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		Progress progress() {
			String text = subTask.isEmpty() ? task : task.isEmpty() ? subTask : task + ": " + subTask;
			double fraction = total <= 0 ? -1 : Math.min(1.0, worked / total);
			return new Progress(job, job.getName(), text, fraction);
		}
	}
}
