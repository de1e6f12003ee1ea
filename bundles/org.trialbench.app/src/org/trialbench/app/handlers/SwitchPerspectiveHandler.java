package org.trialbench.app.handlers;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Window > a user group's perspective, and the perspective buttons of the main toolbar. */
public class SwitchPerspectiveHandler {
	public static final String PARAMETER = "org.trialbench.app.commandparameter.perspective";

	@CanExecute
	public boolean canExecute(@Named(PARAMETER) String perspectiveId, MApplication application,
			EModelService modelService) {
		return find(perspectiveId, application, modelService) != null;
	}

	@Execute
	public void execute(@Named(PARAMETER) String perspectiveId, MApplication application,
			EModelService modelService, EPartService partService) {
		MPerspective perspective = find(perspectiveId, application, modelService);
		if (perspective != null) {
			partService.switchPerspective(perspective);
		}
	}

	private static MPerspective find(String id, MApplication application, EModelService modelService) {
		List<MPerspective> found = modelService.findElements(application, id, MPerspective.class);
		return found.isEmpty() ? null : found.get(0);
	}
}
