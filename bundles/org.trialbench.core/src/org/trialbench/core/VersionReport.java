package org.trialbench.core;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The versions an About dialog and {@code ./trialbench version} show: Trialbench itself, the Java runtime,
 * and the components a study team's validation documentation must name.
 */
public final class VersionReport {
	/** Bundles named in the report, by symbolic name, with the label shown for each. */
	private static final String[][] COMPONENTS = {
			{ "org.eclipse.osgi", "Equinox OSGi" },
			{ "org.eclipse.swt", "SWT" },
			{ "org.eclipse.jface", "JFace" },
			{ "org.eclipse.e4.ui.workbench", "e4 Workbench" },
			{ "org.eclipse.emf.ecore", "EMF Ecore" },
			{ "org.h2database", "H2 Database" },
			{ "com.h2database", "H2 Database" },
			{ "org.postgresql.jdbc", "PostgreSQL JDBC" },
			{ "org.apache.poi", "Apache POI" },
			{ "org.eclipse.nebula.widgets.nattable.core", "NatTable" } };

	public record Line(String component, String version) {
	}

	private VersionReport() {
	}

	public static String trialbenchVersion() {
		Bundle bundle = FrameworkUtil.getBundle(VersionReport.class);
		return bundle == null ? "development" : bundle.getVersion().toString();
	}

	/**
	 * Which of the JVM's compilers run code, from its options (the last -XX:TieredStopAtLevel wins): the launcher
	 * runs short commands with the client compiler only.
	 */
	static String compilers(List<String> jvmOptions) {
		int level = 4;
		for (String option : jvmOptions) {
			if (option.startsWith("-XX:TieredStopAtLevel=")) {
				try {
					level = Integer.parseInt(option.substring("-XX:TieredStopAtLevel=".length()));
				} catch (NumberFormatException e) {
					// the JVM would not have started with it
				}
			}
		}
		return level >= 4 ? "client and optimizing (tiered)" : level >= 1 ? "client only" : "interpreter only";
	}

	public static List<Line> lines() {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line("Trialbench", trialbenchVersion()));
		lines.add(new Line("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"));
		lines.add(new Line("Operating system", System.getProperty("os.name") + " " + System.getProperty("os.version")
				+ " " + System.getProperty("os.arch")));
		lines.add(new Line("Compilers", compilers(
				java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())));
		Bundle self = FrameworkUtil.getBundle(VersionReport.class);
		BundleContext context = self == null ? null : self.getBundleContext();
		if (context == null && self != null) {
			try {
				self.start(Bundle.START_TRANSIENT);
				context = self.getBundleContext();
			} catch (Exception e) {
				context = null;
			}
		}
		if (context != null) {
			for (String[] component : COMPONENTS) {
				for (Bundle bundle : context.getBundles()) {
					if (bundle.getSymbolicName() != null && bundle.getSymbolicName().equals(component[0])) {
						lines.add(new Line(component[1], bundle.getVersion().toString()));
						break;
					}
				}
			}
		}
		return lines;
	}
}
