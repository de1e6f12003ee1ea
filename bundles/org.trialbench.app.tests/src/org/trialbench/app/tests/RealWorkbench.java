package org.trialbench.app.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.trialbench.app.log.ErrorLog;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * The shipped workbench, started as the product starts it: the platform's E4Application assembles the shipped
 * Application.e4xmi with every bundle's fragments and add-ons, and the real renderers draw its window under the
 * test's X display (Xvfb). Only the log-in is the test's: its {@link WorkbenchSession} is put where the product's
 * life cycle puts one. Tests drive it as a user would: real key and mouse events, the platform's own dialogs.
 */
final class RealWorkbench implements AutoCloseable {
	final E4Workbench workbench;
	final MApplication application;
	final MWindow window;
	final Shell shell;
	final ErrorLog log = new ErrorLog();

	RealWorkbench(WorkbenchSession session) {
		Display display = Ui.display();
		workbench = new E4Application().createE4Workbench(new Arguments("-applicationXMI",
				"org.trialbench.app/Application.e4xmi", "-clearPersistedState", "-persistState", "false"), display);
		if (workbench == null) {
			throw new IllegalStateException("the platform did not create the workbench (instance location in use?)");
		}
		application = workbench.getApplication();
		IEclipseContext context = workbench.getContext();
		log.install();
		context.set(ErrorLog.class, log);
		context.set(WorkbenchSession.class, session);
		org.trialbench.ui.actions.DisabledReason.showOverDisabledControls(display); // as the life cycle does
		window = application.getChildren().get(0);
		window.setWidth(1400);
		window.setHeight(900);
		workbench.createAndRunUI(window);
		shell = (Shell) window.getWidget();
		shell.forceActive();
		Ui.spin(300);
	}

	EPartService parts() {
		return window.getContext().get(EPartService.class);
	}

	EModelService models() {
		return window.getContext().get(EModelService.class);
	}

	<T extends MUIElement> T find(String elementId, Class<T> type) {
		List<T> found = models().findElements(application, elementId, type, null, EModelService.ANYWHERE
				| EModelService.IN_MAIN_MENU | EModelService.IN_PART | EModelService.IN_TRIM);
		if (found.isEmpty()) {
			throw new AssertionError("no " + type.getSimpleName() + " " + elementId + " in the workbench model");
		}
		return found.get(0);
	}

	/** Runs a command as a menu item would, with the given selection standing for the active part's selection. */
	void execute(String commandId, Object selection) {
		IEclipseContext staticContext = EclipseContextFactory.create("test selection");
		staticContext.set(IServiceConstants.ACTIVE_SELECTION, selection);
		IEclipseContext context = window.getContext();
		context.get(EHandlerService.class).executeHandler(
				context.get(ECommandService.class).createCommand(commandId, Map.of()), staticContext);
		staticContext.dispose();
		Ui.spin(200);
	}

	/**
	 * A click of the given mouse button at a point of the control, delivered to the control's listeners as SWT
	 * delivers a click (posted X events are not used: SWT's GTK port sends them to the window under the pointer
	 * with coordinates of its own, which made them miss under Xvfb).
	 */
	static void click(Control control, Point at, int button) {
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.button = button;
			event.x = at.x;
			event.y = at.y;
			event.count = 1;
			control.notifyListeners(type, event);
			Ui.spin(30);
		}
	}

	/**
	 * A key typed with a modifier held, as SWT delivers it to the focus control: the display's filters (where the
	 * platform's key bindings listen) see it first.
	 */
	static void keys(Control focus, int modifier, char character) {
		Event event = new Event();
		event.keyCode = character;
		event.character = modifier == SWT.CTRL ? (char) (character - 'a' + 1) : character;
		event.stateMask = modifier;
		focus.notifyListeners(SWT.KeyDown, event);
		Ui.spin(30);
		if (event.doit) {
			Event up = new Event();
			up.keyCode = character;
			up.character = event.character;
			up.stateMask = modifier;
			focus.notifyListeners(SWT.KeyUp, up);
		}
		Ui.spin(30);
	}

	/**
	 * Answers the next dialog titled as given by pressing the named button, from inside the dialog's own event
	 * loop (the platform's prompts are modal); the answer records what the dialog said.
	 */
	static final class Answer {
		private final Widgets.OnDialog dialog;
		String title;
		String message;

		Answer(String titleStart, String button) {
			this(titleStart, button, null);
		}

		/** @param typed typed into the dialog's text field before the button is pressed (a reason for change) */
		Answer(String titleStart, String button, String typed) {
			dialog = new Widgets.OnDialog(titleStart, shell -> {
				if (typed != null) {
					Widgets.first(shell, org.eclipse.swt.widgets.Text.class).setText(typed);
				}
				title = shell.getText();
				message = Widgets.texts(shell);
				Widgets.click(Widgets.button(shell, button));
			});
		}

		boolean answered() {
			return dialog.done();
		}
	}

	/** The drop-down menu of the menu bar's entry with that label (mnemonics ignored), as it opens. */
	org.eclipse.swt.widgets.Menu openMenu(String label) {
		for (org.eclipse.swt.widgets.MenuItem entry : shell.getMenuBar().getItems()) {
			if (entry.getText().replace("&", "").equals(label)) {
				org.eclipse.swt.widgets.Menu menu = entry.getMenu();
				menu.notifyListeners(SWT.Show, new Event()); // the platform fills and updates its items
				Ui.spin(100);
				return menu;
			}
		}
		throw new AssertionError("no menu " + label + " in the menu bar");
	}

	static org.eclipse.swt.widgets.MenuItem item(org.eclipse.swt.widgets.Menu menu, String label) {
		for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
			String text = item.getText().replace("&", "");
			if (text.equals(label) || text.startsWith(label + "\t")) {
				return item;
			}
		}
		throw new AssertionError("no item " + label + " in the menu");
	}

	/** Saves what the window shows as PNG, in the folder named by trialbench.screenshots (default: temp folder). */
	Path snapshot(String name) throws Exception {
		Ui.spin(300);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		Path folder = Path.of(System.getProperty("trialbench.screenshots",
				Path.of(System.getProperty("java.io.tmpdir"), "trialbench-screenshots").toString()));
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		System.out.println("Screenshot: " + file);
		return file;
	}

	@Override
	public void close() {
		log.uninstall();
		workbench.close();
		Ui.spin(100);
		// the platform locked the instance location for this workbench; the next test's workbench locks it again
		org.eclipse.osgi.service.datalocation.Location instance = org.eclipse.core.runtime.Platform
				.getInstanceLocation();
		try {
			if (instance != null && instance.isLocked()) {
				instance.release();
			}
		} catch (java.io.IOException e) {
			throw new IllegalStateException("cannot release the instance location " + instance.getURL(), e);
		}
	}

	/** What the launcher would pass: the product's arguments, no branding (so no life cycle, no CSS). */
	private record Arguments(String... args) implements IApplicationContext {
		@Override
		public Map<String, Object> getArguments() {
			return Map.of(IApplicationContext.APPLICATION_ARGS, args);
		}

		@Override
		public void applicationRunning() {
		}

		@Override
		public String getBrandingApplication() {
			return null;
		}

		@Override
		public String getBrandingName() {
			return "Trialbench";
		}

		@Override
		public String getBrandingDescription() {
			return null;
		}

		@Override
		public String getBrandingId() {
			return null;
		}

		@Override
		public String getBrandingProperty(String key) {
			return null;
		}

		@Override
		public Bundle getBrandingBundle() {
			return FrameworkUtil.getBundle(RealWorkbench.class);
		}

		@Override
		public void setResult(Object result, IApplication application) {
		}
	}
}
