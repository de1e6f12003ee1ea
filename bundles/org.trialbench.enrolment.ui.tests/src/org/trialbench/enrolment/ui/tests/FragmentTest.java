package org.trialbench.enrolment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.trialbench.enrolment.ui.CrfEditor;

/**
 * The model fragment the workbench merges: it reads without errors, every handler's class loads, every menu item
 * has a command with a handler, and the CRF part's class loads. A wrong namespace or class name would otherwise
 * only show as a menu that silently never appears.
 */
class FragmentTest {

	@Test
	void theFragmentReadsAndEveryContributionResolves() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(CrfEditor.class);
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
		Resource resource = resources.getResource(
				URI.createURI(bundle.getEntry("fragment.e4xmi").toString()), true);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		MModelFragments fragments = (MModelFragments) resource.getContents().get(0);
		List<MHandler> handlers = new ArrayList<>();
		List<MHandledMenuItem> items = new ArrayList<>();
		int parts = 0;
		int sitePart = 0;
		for (MModelFragment fragment : fragments.getFragments()) {
			for (Object element : fragment.getElements()) {
				if (element instanceof MHandler handler) {
					handlers.add(handler);
				} else if (element instanceof MMenu menu) {
					menu.getChildren().forEach(child -> items.add((MHandledMenuItem) child));
				} else if (element instanceof org.eclipse.e4.ui.model.application.ui.basic.MPart part) {
					sitePart++;
					assertEquals("org.trialbench.app.perspective.dataentry.main", fragment instanceof
							org.eclipse.e4.ui.model.fragment.MStringModelFragment f ? f.getParentElementId() : null);
					assertNotNull(bundle.loadClass(className(part.getContributionURI())));
				} else if (element instanceof MPartDescriptor descriptor) {
					parts++;
					assertNotNull(bundle.loadClass(className(descriptor.getContributionURI())));
				}
			}
		}
		assertEquals(1, parts, "the CRF part");
		assertEquals(1, sitePart, "the site status part, first in data entry");
		for (MHandler handler : handlers) {
			assertNotNull(bundle.loadClass(className(handler.getContributionURI())), handler.getContributionURI());
		}
		assertEquals(7, items.size());
		for (MHandledMenuItem item : items) {
			assertNotNull(item.getCommand(), item.getElementId());
			assertTrue(handlers.stream().anyMatch(h -> h.getCommand() == item.getCommand()),
					"a handler for " + item.getCommand().getElementId());
		}
	}

	@Test
	void theNavigatorsContextMenuOffersEnterDataStartFormAndTheSchedule() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(CrfEditor.class);
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
		Resource resource = resources.getResource(URI.createURI(bundle.getEntry("fragment.e4xmi").toString()), true);
		MModelFragments fragments = (MModelFragments) resource.getContents().get(0);
		List<String> labels = new ArrayList<>();
		for (MModelFragment fragment : fragments.getFragments()) {
			for (Object element : fragment.getElements()) {
				if (element instanceof org.eclipse.e4.ui.model.application.ui.menu.MMenuContribution contribution
						&& "org.trialbench.app.popup.navigator".equals(contribution.getParentId())) {
					contribution.getChildren().forEach(child -> {
						MHandledMenuItem item = (MHandledMenuItem) child;
						assertEquals("org.trialbench.enrolment.command.enterData".equals(
								item.getCommand().getElementId()), item.getLabel().equals("Enter Data"));
						labels.add(item.getLabel());
					});
				}
			}
		}
		assertEquals(List.of("Enter Data", "Start Form...", "Visit Schedule"), labels);
	}

	private static String className(String contributionUri) {
		return contributionUri.substring(contributionUri.lastIndexOf('/') + 1);
	}
}
