package org.trialbench.publication.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Progress of a headless export: prints each task and a percentage every tenth of the way. */
final class ConsoleProgress extends NullProgressMonitor {
	private final PrintStream out;
	private double total = 1;
	private double done;
	private int lastTenth = -1;

	ConsoleProgress(PrintStream out) {
		this.out = out;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = Math.max(1, totalWork);
		if (name != null && !name.isBlank()) {
			out.println(name + " ...");
		}
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void done() {
		internalWorked(total - done);
	}

	@Override
	public void internalWorked(double work) {
		done += work;
		int tenth = (int) Math.min(10, Math.floor(10 * done / total));
		if (tenth > lastTenth) {
			lastTenth = tenth;
			out.println("  " + tenth * 10 + "%");
		}
	}
}
