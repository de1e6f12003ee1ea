package org.trialbench.app.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * Keeps the most recent logged statuses of this workbench session for the Error Log part.
 * It listens from start-up on, so errors logged before the part is opened are not lost. The full log stays
 * in the workspace's .metadata/.log as usual; this is the session's view of it.
 */
public final class ErrorLog implements ILogListener {
	public static final int CAPACITY = 2000;

	private final Deque<ErrorLogEntry> entries = new ArrayDeque<>();
	private final List<Consumer<ErrorLogEntry>> listeners = new CopyOnWriteArrayList<>();

	/** Starts listening to the platform log. */
	public void install() {
		Platform.addLogListener(this);
	}

	public void uninstall() {
		Platform.removeLogListener(this);
	}

	@Override
	public void logging(IStatus status, String plugin) {
		add(status, Instant.now());
	}

	/** Records a status, with each child of a multi-status as its own entry. */
	public void add(IStatus status, Instant time) {
		if (status.isMultiStatus() && status.getChildren().length > 0 && status.getException() == null) {
			for (IStatus child : status.getChildren()) {
				add(child, time);
			}
			return;
		}
		ErrorLogEntry entry = new ErrorLogEntry(time, status.getSeverity(), status.getPlugin(), status.getMessage(),
				stackTrace(status.getException()));
		synchronized (entries) {
			entries.addFirst(entry);
			while (entries.size() > CAPACITY) {
				entries.removeLast();
			}
		}
		for (Consumer<ErrorLogEntry> listener : listeners) {
			listener.accept(entry);
		}
	}

	/** Newest first. */
	public List<ErrorLogEntry> entries() {
		synchronized (entries) {
			return new ArrayList<>(entries);
		}
	}

	public void clear() {
		synchronized (entries) {
			entries.clear();
		}
	}

	public void addListener(Consumer<ErrorLogEntry> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<ErrorLogEntry> listener) {
		listeners.remove(listener);
	}

	private static String stackTrace(Throwable exception) {
		if (exception == null) {
			return "";
		}
		StringWriter writer = new StringWriter();
		exception.printStackTrace(new PrintWriter(writer));
		return writer.toString();
	}
}
