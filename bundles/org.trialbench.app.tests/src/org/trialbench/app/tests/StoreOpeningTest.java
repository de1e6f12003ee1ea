package org.trialbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.trialbench.app.internal.StoreOpening;
import org.trialbench.clinical.Role;
import org.trialbench.core.TrialbenchHome;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreDescription;
import org.trialbench.repository.StoreException;
import org.trialbench.ui.session.LocalUser;
import org.trialbench.ui.session.WorkbenchSession;
import org.trialbench.ui.session.WorkbenchSession.State;

/** How the workbench opens its store at start-up and whom it acts as. */
class StoreOpeningTest {
	private final WorkbenchSession session = WorkbenchSession.connecting();
	private final StubStore embedded = new StubStore(StoreDescription.Kind.EMBEDDED).with("ivan", Role.INVESTIGATOR)
			.with("dora", Role.DATA_MANAGER).with("ada", Role.ADMINISTRATOR);

	private void open(List<RepositoryProvider> providers, Properties settings) {
		new StoreOpening(session, null).open(providers, settings, new NullProgressMonitor());
	}

	private static RepositoryProvider refusing(String why) {
		return settings -> {
			throw new StoreException(why);
		};
	}

	@Test
	void withoutAStoreImplementationNoTrialIsOpen() {
		open(List.of(), new Properties());
		assertEquals(State.NO_STORE, session.state());
		assertEquals("no trial store implementation is installed", session.problem());
	}

	@Test
	void theFirstProviderThatAcceptsTheSettingsOpensTheStore() {
		open(List.of(refusing("not a server URL"), settings -> embedded), new Properties());
		assertEquals(embedded, session.repository().orElseThrow());
	}

	@Test
	void whenEveryProviderRefusesTheUserIsToldWhy() {
		open(List.of(refusing("the store /x is locked by another workbench")), new Properties());
		assertEquals(State.NO_STORE, session.state());
		assertEquals("Could not open the trial store: the store /x is locked by another workbench", session.problem());
	}

	@Test
	void onTheEmbeddedStoreItActsAsTheFirstAdministrator() {
		open(List.of(settings -> embedded), new Properties());
		assertEquals(State.OPEN, session.state());
		assertEquals("ada", session.session().user().getUsername());
	}

	@Test
	void orAsTheUserTheSettingsName() {
		Properties settings = new Properties();
		settings.setProperty(LocalUser.SETTING, "ivan");
		open(List.of(s -> embedded), settings);
		assertEquals("ivan", session.session().user().getUsername());
	}

	@Test
	void aNamedUserWhoDoesNotExistLeavesTheUserToLogIn() {
		Properties settings = new Properties();
		settings.setProperty(LocalUser.SETTING, "nobody");
		open(List.of(s -> embedded), settings);
		assertEquals(State.LOGGED_OUT, session.state());
	}

	@Test
	void anEmptyStoreIsOpenedButNobodyLogsIn() {
		embedded.empty = true;
		open(List.of(s -> embedded), new Properties());
		assertEquals(State.EMPTY, session.state());
		assertEquals(List.of(), embedded.localSessions);
	}

	@Test
	void onAServerStoreTheUserLogsIn() {
		StubStore server = new StubStore(StoreDescription.Kind.SERVER).with("ada", Role.ADMINISTRATOR);
		open(List.of(s -> server), new Properties());
		assertEquals(State.LOGGED_OUT, session.state());
		assertEquals(List.of(), server.localSessions);
	}

	@Test
	void findsTheProviderAmongTheOsgiServicesHighestRankingFirst() throws Exception {
		Path home = Files.createTempDirectory("trialbench-home");
		String previousHome = System.getProperty(TrialbenchHome.PROPERTY);
		System.setProperty(TrialbenchHome.PROPERTY, home.toString());
		BundleContext bundles = FrameworkUtil.getBundle(StoreOpeningTest.class).getBundleContext();
		Hashtable<String, Object> low = new Hashtable<>();
		low.put(Constants.SERVICE_RANKING, 1);
		Hashtable<String, Object> high = new Hashtable<>();
		high.put(Constants.SERVICE_RANKING, 10);
		StubStore other = new StubStore(StoreDescription.Kind.EMBEDDED).with("zoe", Role.ADMINISTRATOR);
		ServiceRegistration<RepositoryProvider> first = bundles.registerService(RepositoryProvider.class, s -> other, low);
		ServiceRegistration<RepositoryProvider> second = bundles.registerService(RepositoryProvider.class,
				s -> embedded, high);
		try {
			StoreOpening job = new StoreOpening(session, bundles);
			job.schedule();
			assertTrue(job.join(10_000, null), "the store opens in the background");
			assertEquals(embedded, session.repository().orElseThrow());
			assertEquals("ada", session.session().user().getUsername());
			session.dispose();
			assertTrue(embedded.closed, "disposing the session closes the store");
		} finally {
			first.unregister();
			second.unregister();
			if (previousHome == null) {
				System.clearProperty(TrialbenchHome.PROPERTY);
			} else {
				System.setProperty(TrialbenchHome.PROPERTY, previousHome);
			}
		}
	}
}
