package org.trialbench.safety.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.model.application.MApplication;

import jakarta.inject.Named;

/**
 * Shows one of the safety parts (parameter {@value #PARAMETER}: its element id), switching to the Safety perspective
 * that holds it.
 */
public class ShowPartHandler {
	public static final String PARAMETER = "org.trialbench.safety.ui.commandparameter.part";
	static final String PERSPECTIVE = "org.trialbench.app.perspective.safety";

	@Execute
	public void execute(@Named(PARAMETER) String partId, EPartService parts, EModelService models, MApplication app) {
		models.findElements(app, PERSPECTIVE, org.eclipse.e4.ui.model.application.ui.advanced.MPerspective.class)
				.stream().findFirst().ifPresent(parts::switchPerspective);
		MPart part = parts.findPart(partId);
		if (part != null) {
			parts.showPart(part, PartState.ACTIVATE);
		}
	}
}
