package org.trialbench.app.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.swt.widgets.Widget;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Closing a tab, the window, or logging out saves first when the user answers "Save", and goes ahead only if the
 * part really is saved afterwards. The platform's own save handling takes any {@code @Persist} that returns as a
 * success, so a form whose save did not happen (the user cancelled the reason for change, another user's value
 * was kept, the store refused) would close and its edits would be lost without a word. This add-on keeps the
 * platform's prompt ("Save", "Don't Save", "Cancel") and wraps the saving: a part that is still dirty after its
 * save stays open.
 */
public class UnsavedChangesGuard {

	/**
	 * The window's renderer puts the platform's save handler into the window's context while it makes the window,
	 * after the window's widget is announced; so the wrapping happens once the renderer is done.
	 */
	@Inject
	@Optional
	void windowRendered(@UIEventTopic(UIEvents.UIElement.TOPIC_WIDGET) Event event) {
		if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MWindow window
				&& event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof Widget widget) {
			widget.getDisplay().asyncExec(() -> guard(window));
		}
	}

	static void guard(MWindow window) {
		if (window.getContext() != null
				&& window.getContext().getLocal(ISaveHandler.class) instanceof ISaveHandler prompts
				&& !(prompts instanceof SavedOrOpen)) {
			window.getContext().set(ISaveHandler.class, new SavedOrOpen(prompts));
		}
	}

	/** Asks with the platform's prompts; saves through the part's {@code @Persist}; succeeds only when saved. */
	static final class SavedOrOpen implements ISaveHandler {
		private final ISaveHandler prompts;

		SavedOrOpen(ISaveHandler prompts) {
			this.prompts = prompts;
		}

		@Override
		public boolean save(MPart part, boolean confirm) {
			if (!part.isDirty()) {
				return true;
			}
			if (confirm) {
				Save answer = prompts.promptToSave(part);
				if (answer == Save.CANCEL) {
					return false;
				}
				if (answer == Save.NO) {
					return true;
				}
			}
			return persist(part);
		}

		@Override
		public boolean saveParts(Collection<MPart> parts, boolean confirm) {
			List<MPart> dirty = new ArrayList<>(parts.stream().filter(MPart::isDirty).toList());
			if (dirty.isEmpty()) {
				return true;
			}
			Save[] answers;
			if (confirm) {
				answers = prompts.promptToSave(dirty);
			} else {
				answers = new Save[dirty.size()];
				Arrays.fill(answers, Save.YES);
			}
			if (Arrays.asList(answers).contains(Save.CANCEL)) {
				return false;
			}
			for (int i = 0; i < dirty.size(); i++) {
				if (answers[i] == Save.YES && !persist(dirty.get(i))) {
					return false;
				}
			}
			return true;
		}

		@Override
		public Save promptToSave(MPart part) {
			return prompts.promptToSave(part);
		}

		@Override
		public Save[] promptToSave(Collection<MPart> parts) {
			return prompts.promptToSave(parts);
		}

		private static boolean persist(MPart part) {
			Object contribution = part.getObject();
			if (contribution != null && part.getContext() != null) {
				try {
					ContextInjectionFactory.invoke(contribution, Persist.class, part.getContext(), null);
				} catch (RuntimeException e) { // an InjectionException wraps what the part threw
					ILog.of(UnsavedChangesGuard.class).error("Saving '" + part.getLabel() + "' failed", e);
					return false;
				}
			}
			return !part.isDirty();
		}
	}
}
