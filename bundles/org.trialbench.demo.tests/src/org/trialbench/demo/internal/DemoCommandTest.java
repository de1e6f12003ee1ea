package org.trialbench.demo.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.InitialCredentials;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreDescription;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/** {@code ./trialbench demo} against a store that only records what it is asked to do. */
class DemoCommandTest {

	/** A store that is empty or not, and keeps what initialize was given. */
	private static final class RecordingStore implements TrialRepository {
		final boolean empty;
		Trial trial;
		InitialCredentials credentials;
		String reason;
		boolean closed;

		RecordingStore(boolean empty) {
			this.empty = empty;
		}

		@Override
		public StoreDescription description() {
			return new StoreDescription(StoreDescription.Kind.EMBEDDED, "/tmp/test-store", 1);
		}

		@Override
		public boolean isEmpty() {
			return empty && trial == null;
		}

		@Override
		public void initialize(Trial trial, InitialCredentials credentials, String reason, IProgressMonitor monitor) {
			this.trial = trial;
			this.credentials = credentials;
			this.reason = reason;
		}

		final List<String> logins = new java.util.ArrayList<>();

		/**
		 * The demo logs in as the statistician and the data manager after storing the trial; here their list and
		 * lock exist already, so the command only looks (the real steps are tested on a real store).
		 */
		@Override
		public TrialSession login(String username, char[] password) throws StoreException {
			logins.add(username);
			Object allocations = java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { org.trialbench.repository.AllocationService.class },
					(proxy, method, args) -> method.getName().equals("hasList") ? Boolean.TRUE : null);
			return (TrialSession) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { TrialSession.class }, (proxy, method, args) -> switch (method.getName()) {
					case "allocations" -> allocations;
					case "dataLocks" -> List.of(new org.trialbench.repository.DataLock("LOCK-1", 1,
							java.time.Instant.EPOCH, "datamanager", "test", 0, null));
					case "close" -> null;
					default -> throw new UnsupportedOperationException(method.getName());
					});
		}

		@Override
		public TrialSession localSession(String username) throws StoreException {
			throw new StoreException("not in this test");
		}

		@Override
		public AuditVerification verifyAudit(IProgressMonitor monitor) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void close() {
			closed = true;
		}
	}

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private Properties opened;

	private DemoCommand command(RecordingStore store) {
		DemoCommand command = new DemoCommand(() -> {
			Properties properties = new Properties();
			properties.setProperty("store.kind", "embedded");
			return properties;
		});
		if (store != null) {
			RepositoryProvider provider = settings -> {
				opened = settings;
				return store;
			};
			command.setRepositoryProvider(provider);
		}
		return command;
	}

	private int run(DemoCommand command, String... words) throws CommandException {
		return command.run(CommandArguments.parse("demo", List.of(words)),
				new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void fillsAnEmptyStoreAndPrintsWhatItStored() throws CommandException {
		RecordingStore store = new RecordingStore(true);
		assertEquals(0, run(command(store), "--sites", "2", "--subjects", "30", "--seed", "5"));
		assertEquals("embedded", opened.getProperty("store.kind"), "the store the settings name");
		assertEquals("demo trial generated (seed 5)", store.reason);
		assertEquals(2, store.trial.getSites().size());
		assertEquals(30, store.trial.getSites().stream().mapToInt(s -> s.getSubjects().size()).sum());
		for (User user : store.trial.getUsers()) {
			assertArrayEquals("trialbench-demo".toCharArray(), store.credentials.passwordOf(user.getUsername()));
		}
		assertTrue(store.closed);
		String printed = out();
		assertTrue(printed.contains("sites: 2"), printed);
		assertTrue(printed.contains("subjects screened: 30"), printed);
		assertTrue(printed.contains("randomized: "), printed);
		assertTrue(printed.contains("adverse events: "), printed);
		assertTrue(printed.contains("queries: "), printed);
		assertTrue(printed.contains("trialbench-demo"), "says the password: " + printed);
	}

	@Test
	void defaultsAreSixSites240SubjectsSeed2026() throws CommandException {
		RecordingStore store = new RecordingStore(true);
		assertEquals(0, run(command(store)));
		assertEquals(6, store.trial.getSites().size());
		assertEquals(240, store.trial.getSites().stream().mapToInt(s -> s.getSubjects().size()).sum());
		assertEquals("demo trial generated (seed 2026)", store.reason);
	}

	@Test
	void refusesAStoreThatHoldsATrial() {
		RecordingStore store = new RecordingStore(false);
		CommandException refused = assertThrows(CommandException.class, () -> run(command(store)));
		assertEquals(1, refused.exitCode());
		assertTrue(refused.getMessage().contains("already holds a trial"), refused.getMessage());
		assertTrue(refused.getMessage().contains("/tmp/test-store"), "names the store: " + refused.getMessage());
		assertNull(store.trial);
		assertTrue(store.closed);
	}

	@Test
	void ifEmptyLeavesAFilledStoreAloneAndSucceeds() throws CommandException {
		RecordingStore store = new RecordingStore(false);
		assertEquals(0, run(command(store), "--if-empty"));
		assertNull(store.trial);
		assertTrue(out().contains("already holds a trial; nothing generated"), out());
	}

	@Test
	void ifEmptyFillsAnEmptyStore() throws CommandException {
		RecordingStore store = new RecordingStore(true);
		assertEquals(0, run(command(store), "--if-empty", "--subjects", "10"));
		assertEquals(10, store.trial.getSites().stream().mapToInt(s -> s.getSubjects().size()).sum());
	}

	@Test
	void saysWhenNoStoreImplementationIsInstalled() {
		CommandException missing = assertThrows(CommandException.class, () -> run(command(null)));
		assertTrue(missing.getMessage().contains("no trial store implementation"), missing.getMessage());
	}

	@Test
	void usageErrors() {
		RecordingStore store = new RecordingStore(true);
		assertEquals(2, assertThrows(CommandException.class, () -> run(command(store), "--sites", "0")).exitCode());
		assertEquals(2, assertThrows(CommandException.class, () -> run(command(store), "--seed", "x")).exitCode());
		assertEquals(2, assertThrows(CommandException.class, () -> run(command(store), "--colour")).exitCode());
		assertNull(store.trial);
	}

	@Test
	void storeFailuresBecomeCommandErrors() {
		DemoCommand command = new DemoCommand(Properties::new);
		command.setRepositoryProvider(settings -> {
			throw new StoreException("cannot open /x: locked by another process");
		});
		CommandException failed = assertThrows(CommandException.class, () -> run(command));
		assertTrue(failed.getMessage().contains("locked by another process"), failed.getMessage());
	}

	@Test
	void unreadableSettingsNameTheFile() {
		DemoCommand command = new DemoCommand(() -> {
			throw new IOException("permission denied");
		});
		command.setRepositoryProvider(settings -> new RecordingStore(true));
		CommandException failed = assertThrows(CommandException.class, () -> run(command));
		assertTrue(failed.getMessage().contains("trialbench.properties"), failed.getMessage());
	}

	@Test
	void unbindingForgetsOnlyTheBoundProvider() throws CommandException {
		RecordingStore store = new RecordingStore(true);
		DemoCommand command = new DemoCommand(Properties::new);
		RepositoryProvider bound = settings -> store;
		command.setRepositoryProvider(bound);
		command.unsetRepositoryProvider(settings -> store);
		assertEquals(0, run(command, "--subjects", "5"), "another provider going away changes nothing");
		command.unsetRepositoryProvider(bound);
		assertThrows(CommandException.class, () -> run(command));
	}

	@Test
	void helpTextNamesEveryOption() {
		String usage = command(null).usage();
		for (String option : List.of("--sites", "--subjects", "--seed", "--if-empty", "trialbench-demo")) {
			assertTrue(usage.contains(option), option);
		}
		assertEquals("demo", command(null).name());
	}
}
