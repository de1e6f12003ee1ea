package org.trialbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.junit.jupiter.api.Test;
import org.trialbench.app.handlers.SaveHandler;

/** File > Save and Ctrl+S: offered only while the active part has unsaved changes; they go to the platform's save. */
class SaveHandlerTest {

	@Test
	void savesTheActiveDirtyPartThroughThePartServiceAndIsOfferedOnlyThen() {
		List<Object[]> saves = new ArrayList<>();
		EPartService parts = (EPartService) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { EPartService.class }, (proxy, method, args) -> {
					if (method.getName().equals("savePart")) {
						saves.add(args);
						return true;
					}
					throw new UnsupportedOperationException(method.getName());
				});
		MPart part = MBasicFactory.INSTANCE.createPart();
		SaveHandler handler = new SaveHandler();

		assertFalse(handler.canExecute(null), "no active part: nothing to save");
		assertFalse(handler.canExecute(part), "a clean part: nothing to save");
		handler.execute(part, parts);
		assertTrue(saves.isEmpty());

		part.setDirty(true);
		assertTrue(handler.canExecute(part));
		handler.execute(part, parts);
		assertEquals(1, saves.size());
		assertEquals(part, saves.get(0)[0]);
		assertEquals(false, saves.get(0)[1], "Ctrl+S saves without asking first");
	}
}
