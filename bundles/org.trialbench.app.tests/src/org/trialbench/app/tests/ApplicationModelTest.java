package org.trialbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.impl.ApplicationPackageImpl;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The shipped e4 application model: its perspectives, shared parts, and that every contribution loads. */
class ApplicationModelTest {
	private static MApplication application;

	@BeforeAll
	static void load() throws Exception {
		ApplicationPackageImpl.init();
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
		Bundle app = FrameworkUtil.getBundle(org.trialbench.app.cli.CommandDispatcher.class);
		URL url = app.getEntry("Application.e4xmi");
		assertNotNull(url, "Application.e4xmi is packaged in the bundle");
		Resource resource = resourceSet.getResource(URI.createURI(org.eclipse.core.runtime.FileLocator.toFileURL(url).toString()), true);
		application = (MApplication) resource.getContents().get(0);
	}

	@Test
	void hasAPerspectiveForEachUserGroup() {
		MTrimmedWindow window = (MTrimmedWindow) application.getChildren().get(0);
		List<String> ids = new ArrayList<>();
		TreeIterator<EObject> all = ((EObject) window).eAllContents();
		while (all.hasNext()) {
			if (all.next() instanceof MPerspective perspective) {
				ids.add(perspective.getElementId());
			}
		}
		assertEquals(List.of("org.trialbench.app.perspective.dataentry", "org.trialbench.app.perspective.monitoring",
				"org.trialbench.app.perspective.safety", "org.trialbench.app.perspective.adjudication",
				"org.trialbench.app.perspective.publication"), ids);
	}

	@Test
	void everyRoleStartsInItsOwnPerspectiveAndEveryHomeExists() {
		MTrimmedWindow window = (MTrimmedWindow) application.getChildren().get(0);
		List<String> ids = new ArrayList<>();
		((EObject) window).eAllContents().forEachRemaining(o -> {
			if (o instanceof MPerspective perspective) {
				ids.add(perspective.getElementId());
			}
		});
		java.util.Map<org.trialbench.clinical.Role, String> expected = java.util.Map.of(
				org.trialbench.clinical.Role.ADJUDICATOR, "adjudication", org.trialbench.clinical.Role.MONITOR,
				"monitoring", org.trialbench.clinical.Role.SAFETY, "safety",
				org.trialbench.clinical.Role.WRITING_COMMITTEE, "publication",
				org.trialbench.clinical.Role.INVESTIGATOR, "dataentry", org.trialbench.clinical.Role.DATA_MANAGER,
				"dataentry");
		expected.forEach((role, home) -> {
			String id = org.trialbench.app.internal.HomePerspective.of(List.of(role)).orElseThrow();
			assertEquals("org.trialbench.app.perspective." + home, id, role.getLiteral());
			assertTrue(ids.contains(id), id + " is in the application model");
		});
		// administrators and statisticians keep what is shown; the rarer role wins for a user with several
		assertTrue(org.trialbench.app.internal.HomePerspective
				.of(List.of(org.trialbench.clinical.Role.ADMINISTRATOR, org.trialbench.clinical.Role.STATISTICIAN))
				.isEmpty());
		assertEquals("org.trialbench.app.perspective.adjudication", org.trialbench.app.internal.HomePerspective
				.of(List.of(org.trialbench.clinical.Role.INVESTIGATOR, org.trialbench.clinical.Role.ADJUDICATOR))
				.orElseThrow());
	}

	@Test
	void everyPerspectiveShowsTheSharedTrialNavigator() {
		TreeIterator<EObject> all = ((EObject) application).eAllContents();
		int perspectives = 0;
		while (all.hasNext()) {
			if (all.next() instanceof MPerspective perspective) {
				perspectives++;
				boolean hasNavigator = false;
				TreeIterator<EObject> inside = ((EObject) perspective).eAllContents();
				while (inside.hasNext()) {
					if (inside.next() instanceof MPlaceholder placeholder && placeholder.getRef() != null
							&& "org.trialbench.app.part.navigator".equals(placeholder.getRef().getElementId())) {
						hasNavigator = true;
					}
				}
				assertTrue(hasNavigator, perspective.getElementId() + " shows the Trial Navigator");
			}
		}
		assertEquals(5, perspectives);
	}

	@Test
	void everyContributionClassLoadsFromItsBundle() throws Exception {
		List<String> checked = new ArrayList<>();
		TreeIterator<EObject> all = ((EObject) application).eAllContents();
		while (all.hasNext()) {
			if (all.next() instanceof MContribution contribution && contribution.getContributionURI() != null) {
				String uri = contribution.getContributionURI();
				assertTrue(uri.startsWith("bundleclass://"), uri);
				String[] parts = uri.substring("bundleclass://".length()).split("/");
				Bundle bundle = findBundle(parts[0]);
				assertNotNull(bundle, "bundle " + parts[0] + " of " + uri + " is installed");
				try {
					bundle.loadClass(parts[1]);
				} catch (ClassNotFoundException e) {
					fail("contribution class of " + uri + " does not load: " + e);
				}
				checked.add(uri);
			}
		}
		assertTrue(checked.size() >= 15, "parts, handlers, addons and tool controls checked: " + checked.size());
	}

	@Test
	void everyHandledItemPointsAtACommandWithAHandler() {
		var handled = new ArrayList<String>();
		TreeIterator<EObject> all = ((EObject) application).eAllContents();
		while (all.hasNext()) {
			EObject next = all.next();
			if (next instanceof org.eclipse.e4.ui.model.application.ui.menu.MHandledItem item) {
				assertNotNull(item.getCommand(), item.getElementId() + " has a command");
				boolean handledByApp = application.getHandlers().stream().anyMatch(h -> h.getCommand() == item.getCommand());
				assertTrue(handledByApp, item.getElementId() + ": " + item.getCommand().getElementId() + " has a handler");
				handled.add(item.getElementId());
			}
		}
		assertTrue(handled.contains("org.trialbench.app.menuitem.about"));
		assertTrue(handled.contains("org.trialbench.app.menuitem.quit"));
		assertTrue(handled.contains("org.trialbench.app.menuitem.switchUser"), "File > Log Out / Switch User");
	}

	@Test
	void ctrlSAndFileSaveRunTheSaveCommand() {
		var binding = application.getBindingTables().stream().flatMap(t -> t.getBindings().stream())
				.filter(b -> b.getKeySequence().equals("M1+S")).findFirst().orElseThrow();
		assertEquals("org.trialbench.app.command.save", binding.getCommand().getElementId());
		assertTrue(application.getHandlers().stream().anyMatch(h -> h.getCommand() == binding.getCommand()
				&& h.getContributionURI().endsWith("handlers.SaveHandler")));
		MTrimmedWindow window = (MTrimmedWindow) application.getChildren().get(0);
		var file = window.getMainMenu().getChildren().get(0);
		assertEquals("org.trialbench.app.menu.file", file.getElementId());
		assertEquals("org.trialbench.app.menuitem.save",
				((org.eclipse.e4.ui.model.application.ui.menu.MMenu) file).getChildren().get(0).getElementId());
	}

	@Test
	void modelServiceConstantsStillMatchSharedPartIds() {
		// The Error Log handler shows the part by id; a renamed id would silently break the menu item.
		MTrimmedWindow window = (MTrimmedWindow) application.getChildren().get(0);
		assertTrue(window.getSharedElements().stream()
				.anyMatch(e -> e.getElementId().equals(org.trialbench.app.handlers.ShowErrorLogHandler.PART_ID)));
		assertNotNull(EModelService.class);
	}

	@Test
	void formsOpenInTheMainStackOfEveryPerspective() throws Exception {
		var descriptor = application.getDescriptors().stream()
				.filter(d -> org.trialbench.app.parts.FormPart.DESCRIPTOR_ID.equals(d.getElementId())).findFirst()
				.orElseThrow(() -> new AssertionError("the form part descriptor is in the model"));
		assertTrue(descriptor.isAllowMultiple(), "one part per form");
		assertTrue(descriptor.isCloseable());
		String[] uri = descriptor.getContributionURI().substring("bundleclass://".length()).split("/");
		assertEquals(org.trialbench.app.parts.FormPart.class.getName(), findBundle(uri[0]).loadClass(uri[1]).getName());
		int stacks = 0;
		TreeIterator<EObject> all = ((EObject) application).eAllContents();
		while (all.hasNext()) {
			if (all.next() instanceof MPerspective perspective) {
				boolean hasStack = false;
				TreeIterator<EObject> inside = ((EObject) perspective).eAllContents();
				while (inside.hasNext()) {
					if (inside.next() instanceof org.eclipse.e4.ui.model.application.ui.basic.MPartStack stack
							&& stack.getTags().contains(descriptor.getCategory())) {
						hasStack = true;
						stacks++;
					}
				}
				assertTrue(hasStack, perspective.getElementId() + " has a stack tagged " + descriptor.getCategory());
			}
		}
		assertEquals(5, stacks);
	}

	private static Bundle findBundle(String symbolicName) {
		for (Bundle bundle : FrameworkUtil.getBundle(ApplicationModelTest.class).getBundleContext().getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())) {
				return bundle;
			}
		}
		return null;
	}
}
