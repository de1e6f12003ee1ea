package org.trialbench.monitoring.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuContribution;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The monitoring model fragment reads without errors, and the Trial Navigator's context menu gets Raise Query with a
 * command whose handler's class loads (a wrong namespace or class name would only show as a missing menu item).
 */
class FragmentTest {

	@Test
	void theNavigatorsContextMenuOffersRaiseQueryWithAHandlerThatLoads() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(RaiseQueryHandler.class);
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
		Resource resource = resources.getResource(URI.createURI(bundle.getEntry("fragment.e4xmi").toString()), true);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		MModelFragments fragments = (MModelFragments) resource.getContents().get(0);
		List<MHandler> handlers = new ArrayList<>();
		List<MHandledMenuItem> popup = new ArrayList<>();
		for (MModelFragment fragment : fragments.getFragments()) {
			for (Object element : fragment.getElements()) {
				if (element instanceof MHandler handler) {
					handlers.add(handler);
				} else if (element instanceof MMenuContribution contribution
						&& "org.trialbench.app.popup.navigator".equals(contribution.getParentId())) {
					contribution.getChildren().forEach(child -> popup.add((MHandledMenuItem) child));
				}
			}
		}
		assertEquals(List.of("Raise Query..."), popup.stream().map(MHandledMenuItem::getLabel).toList());
		MHandler handler = handlers.stream().filter(h -> h.getCommand() == popup.get(0).getCommand()).findFirst()
				.orElseThrow(() -> new AssertionError("no handler for Raise Query"));
		String uri = handler.getContributionURI();
		assertEquals(RaiseQueryHandler.class, bundle.loadClass(uri.substring(uri.lastIndexOf('/') + 1)));
		assertNotNull(popup.get(0).getCommand().getElementId());
	}
}
