package org.trialbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.junit.jupiter.api.Test;
import org.trialbench.app.handlers.SwitchUserHandler;
import org.trialbench.clinical.Role;
import org.trialbench.repository.StoreDescription;
import org.trialbench.ui.session.WorkbenchSession;

/** File > Log Out / Switch User: unsaved forms come first; Cancel at that prompt keeps the user logged in. */
class SwitchUserHandlerTest {

	@Test
	void cancellingTheSavePromptKeepsTheUserLoggedInAndNothingIsClosed() throws Exception {
		StubStore store = new StubStore(StoreDescription.Kind.EMBEDDED).with("inv01", Role.INVESTIGATOR);
		WorkbenchSession session = WorkbenchSession.connected(store);
		session.open(store.localSession("inv01"));
		List<String> calls = new ArrayList<>();
		EPartService parts = (EPartService) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { EPartService.class }, (proxy, method, args) -> {
					calls.add(method.getName());
					if (method.getName().equals("saveAll")) {
						return false; // the user pressed Cancel in the platform's save prompt
					}
					throw new UnsupportedOperationException(method.getName());
				});

		new SwitchUserHandler().execute(null, session, parts);
		assertEquals(List.of("saveAll"), calls, "asked about unsaved forms first, then stopped");
		assertTrue(session.isOpen(), "still logged in as inv01");
		assertEquals("inv01", session.session().user().getUsername());
	}

	@Test
	void offeredWhileAStoreIsOpenAndSaysWhyNotOtherwise() {
		MHandledMenuItem item = MMenuFactory.INSTANCE.createHandledMenuItem();
		assertFalse(new SwitchUserHandler().canExecute(WorkbenchSession.failed("no store"), item));
		assertEquals("Not available: no trial store is open", item.getTooltip());
		assertTrue(new SwitchUserHandler().canExecute(
				WorkbenchSession.connected(new StubStore(StoreDescription.Kind.EMBEDDED)), item));
	}
}
