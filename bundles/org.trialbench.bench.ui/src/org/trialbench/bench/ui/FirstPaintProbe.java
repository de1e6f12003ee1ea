package org.trialbench.bench.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Widget;

/**
 * For {@code ./trialbench bench}: with the system property {@value #PROPERTY} set, prints the wall-clock time of the
 * first paint of any control inside a part, with the heap pools' peak sum at that moment, and closes the application.
 * Otherwise it does nothing. Installed in the workbench by a model fragment and in the empty application directly,
 * so that both are timed by the same probe.
 */
public class FirstPaintProbe {
	static final String PROPERTY = "trialbench.bench.firstPaint";
	/** The key under which the e4 renderers keep a widget's model element. */
	private static final String OWNING_ME = "modelElement";

	@PostConstruct
	void install(IEclipseContext context) {
		if (!Boolean.getBoolean(PROPERTY)) {
			return;
		}
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		Listener[] self = new Listener[1];
		self[0] = event -> {
			if (!insidePart(event)) {
				return;
			}
			long now = System.currentTimeMillis();
			display.removeFilter(SWT.Paint, self[0]);
			System.out.println(PROPERTY + "=" + now + " " + peakHeap());
			System.out.flush();
			display.asyncExec(() -> context.get(IWorkbench.class).close());
		};
		display.addFilter(SWT.Paint, self[0]);
	}

	private static boolean insidePart(Event event) {
		Widget widget = event.widget;
		Control control = widget instanceof Control c ? c : null;
		while (control != null) {
			if (control.getData(OWNING_ME) instanceof MPart) {
				return true;
			}
			control = control.getParent();
		}
		return false;
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}
}
