package org.trialbench.app.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.app.log.ErrorLog;
import org.trialbench.app.log.ErrorLogEntry;

/**
 * Start-up self-check used by CI and by people who want a picture of the workbench: when the system property
 * {@value #PROPERTY} names a PNG file, the workbench waits until it has rendered, saves the main window there,
 * writes the session's logged errors next to it ({@code .errors.txt}, empty when there were none) and closes.
 * {@value #SETTLE_PROPERTY} waits longer (milliseconds), e.g. until a large store is open and the navigator filled.
 */
final class StartupSnapshot {
	static final String PROPERTY = "trialbench.startupSnapshot";
	static final String SETTLE_PROPERTY = "trialbench.startupSnapshot.settle";
	private static final int SETTLE_MILLIS = 1500;

	private final IEclipseContext context;
	private final ErrorLog log;
	private final Path target;

	StartupSnapshot(IEclipseContext context, ErrorLog log, Path target) {
		this.context = context;
		this.log = log;
		this.target = target.toAbsolutePath();
	}

	void schedule() {
		Display display = Display.getCurrent();
		display.timerExec(Integer.getInteger(SETTLE_PROPERTY, SETTLE_MILLIS), this::capture);
	}

	private void capture() {
		Display display = Display.getCurrent();
		List<ErrorLogEntry> errors = log.entries().stream().filter(e -> e.severity() == IStatus.ERROR).toList();
		try {
			Files.createDirectories(target.getParent());
			Shell shell = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
			var bounds = shell.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			image.dispose();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(target.toString(), SWT.IMAGE_PNG);
			StringBuilder text = new StringBuilder();
			for (ErrorLogEntry entry : errors) {
				text.append(entry.plugin()).append(": ").append(entry.message()).append('\n').append(entry.stackTrace());
			}
			Files.writeString(target.resolveSibling(target.getFileName() + ".errors.txt"), text.toString());
		} catch (Exception e) {
			System.err.println("trialbench: startup snapshot failed: " + e);
			errors = List.of(new ErrorLogEntry(java.time.Instant.now(), IStatus.ERROR, "org.trialbench.app",
					"snapshot failed: " + e, ""));
		}
		System.out.println("trialbench: workbench started; " + errors.size() + " errors logged; window saved to " + target);
		context.get(IWorkbench.class).close();
	}
}
