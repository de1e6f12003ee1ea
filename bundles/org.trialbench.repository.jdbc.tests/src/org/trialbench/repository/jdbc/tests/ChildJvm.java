package org.trialbench.repository.jdbc.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Another workbench process: a plain JVM started by a test, running {@link StoreProcess} on a class path made of
 * the bundles this test runs from (the store, its API, the model, EMF, the JDBC drivers and Flyway). Its output
 * lines are collected so the test can wait for what the child says it is doing.
 */
final class ChildJvm implements AutoCloseable {

	private final Process process;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final List<String> all = new ArrayList<>();

	private ChildJvm(Process process) {
		this.process = process;
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					synchronized (all) {
						all.add(line);
					}
					lines.add(line);
				}
			} catch (IOException e) {
				lines.add("READ-FAILED " + e);
			}
		}, "child output " + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	static ChildJvm start(String... arguments) throws IOException {
		return start(StoreProcess.class, arguments);
	}

	/** A child running another main class of this bundle (on the same class path). */
	static ChildJvm start(Class<?> main, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.add("-cp");
		command.add(classPath());
		command.add(main.getName());
		command.addAll(List.of(arguments));
		return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	/**
	 * A child running as another (unprivileged) account, started by root with runuser: the class-path entries of
	 * the given classes are copied into {@code copies} (which that account must be able to read), since a root
	 * test's own folders are private.
	 */
	static ChildJvm startAs(String user, Path copies, List<Class<?>> classes, Class<?> main, String... arguments)
			throws IOException {
		List<String> entries = new ArrayList<>();
		int n = 0;
		for (Class<?> type : classes) {
			Path source = Path.of(entry(type));
			Path copy = copies.resolve((n++) + "-" + source.getFileName());
			if (Files.isDirectory(source)) {
				try (java.util.stream.Stream<Path> files = Files.walk(source)) {
					for (Path file : files.toList()) {
						Files.copy(file, copy.resolve(source.relativize(file).toString()));
					}
				}
			} else {
				Files.copy(source, copy);
			}
			entries.add(copy.toString());
		}
		List<String> command = new ArrayList<>(List.of("runuser", "-u", user, "--"));
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx128m");
		command.add("-Duser.home=" + copies);
		command.add("-cp");
		command.add(String.join(File.pathSeparator, entries));
		command.add(main.getName());
		command.addAll(List.of(arguments));
		return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	/** Where each needed class was loaded from, as class-path entries. */
	static String classPath() throws IOException {
		List<Class<?>> classes = List.of(StoreProcess.class, org.trialbench.repository.jdbc.JdbcTrialRepository.class,
				org.trialbench.repository.TrialRepository.class, org.trialbench.clinical.ClinicalFactory.class,
				org.trialbench.core.WorkbenchSettings.class, org.eclipse.core.runtime.SubMonitor.class,
				org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.common.util.URI.class,
				org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl.class, org.h2.Driver.class,
				org.postgresql.Driver.class, org.flywaydb.core.Flyway.class);
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> type : classes) {
			entries.add(entry(type));
		}
		try {
			entries.add(entry(org.flywaydb.core.Flyway.class.getClassLoader().loadClass("com.google.gson.Gson")));
		} catch (ClassNotFoundException e) {
			// Flyway runs without Gson unless it reads a configuration file, which a child never does
		}
		return String.join(File.pathSeparator, entries);
	}

	private static String entry(Class<?> type) throws IOException {
		URL location = type.getProtectionDomain().getCodeSource().getLocation();
		Path path;
		try {
			path = Path.of(location.toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			path = Path.of(location.getPath());
		}
		String classFile = type.getName().replace('.', '/') + ".class";
		if (Files.isDirectory(path) && !Files.exists(path.resolve(classFile))) {
			// a bundle project run in place: its classes are in the output folder, not the project root
			for (String output : List.of("target/classes", "bin")) {
				if (Files.exists(path.resolve(output).resolve(classFile))) {
					return path.resolve(output).toString();
				}
			}
			throw new IOException("cannot find " + classFile + " under " + path);
		}
		return path.toString();
	}

	/** Waits for a line starting with the prefix; fails with everything the child said if it does not come. */
	String await(String prefix, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (true) {
			long left = deadline - System.nanoTime();
			String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
			if (line == null) {
				throw new AssertionError("the child process did not say '" + prefix + "' within " + seconds
						+ " s; it said:\n" + output());
			}
			if (line.startsWith(prefix)) {
				return line;
			}
			if (line.startsWith("FAILED")) {
				throw new AssertionError("the child process failed:\n" + output());
			}
		}
	}

	String output() {
		synchronized (all) {
			return String.join("\n", all);
		}
	}

	int waitFor(long seconds) throws InterruptedException {
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			throw new AssertionError("the child process did not end within " + seconds + " s:\n" + output());
		}
		return process.exitValue();
	}

	/** Sends one line to the child's standard input. */
	void send(String line) throws IOException {
		process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().flush();
	}

	long pid() {
		return process.pid();
	}

	/** kill -9: the process gets no chance to roll back, close or say goodbye. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}
