package org.trialbench.repository.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The migration scripts of one store vendor, listed here rather than found by class-path scanning, which does
 * not see into OSGi bundles reliably. Add a new script to {@link #SCRIPTS} when you add it to the folder.
 */
final class MigrationScripts implements ResourceProvider {

	private static final String FOLDER = "org/trialbench/repository/jdbc/migration/";
	private static final List<String> SCRIPTS = List.of("common/V1__clinical_store.sql",
			"postgresql/V2__access_control.sql", "h2/V3__randomization_list.sql",
			"postgresql/V3__randomization_list.sql", "h2/V4__data_lock.sql", "postgresql/V4__data_lock.sql",
			"h2/V6__independent_adjudication.sql", "postgresql/V6__independent_adjudication.sql",
			"h2/V8__user_administration.sql", "postgresql/V8__user_administration.sql", "h2/V9__signing_lock.sql",
			"postgresql/V9__signing_lock.sql", "h2/V10__locked_review_seals.sql",
			"postgresql/V10__locked_review_seals.sql", "postgresql/V11__access_once_per_statement.sql",
			"h2/V12__security_boundary.sql", "postgresql/V12__security_boundary.sql",
			"postgresql/V13__commit_speed.sql", "postgresql/V14__setwise_commit.sql",
			"postgresql/V15__signature_withdrawal.sql", "h2/V16__compact_lock.sql", "postgresql/V16__compact_lock.sql",
			"postgresql/V17__signed_form_refusal.sql", "postgresql/V18__signature_checks_per_statement.sql",
			"postgresql/V19__armless_protocol.sql", "postgresql/V20__subject_records.sql",
			"postgresql/V21__signed_form_check_by_key.sql");

	private final List<LoadableResource> resources = new ArrayList<>();

	/** The highest schema version the listed scripts reach on a store of the vendor. */
	static int newestVersion(Database.Vendor vendor) {
		String own = vendor == Database.Vendor.H2 ? "h2/" : "postgresql/";
		int newest = 0;
		for (String script : SCRIPTS) {
			if (!script.startsWith("common/") && !script.startsWith(own)) {
				continue;
			}
			String name = script.substring(script.indexOf('/') + 2);
			newest = Math.max(newest, Integer.parseInt(name.substring(0, name.indexOf("__"))));
		}
		return newest;
	}

	MigrationScripts(Database.Vendor vendor) {
		String own = vendor == Database.Vendor.H2 ? "h2/" : "postgresql/";
		for (String script : SCRIPTS) {
			if (script.startsWith("common/") || script.startsWith(own)) {
				URL url = MigrationScripts.class.getClassLoader().getResource(FOLDER + script);
				if (url == null) {
					throw new IllegalStateException("migration script " + FOLDER + script + " is missing from the bundle");
				}
				resources.add(new Script(script.substring(script.indexOf('/') + 1), url));
			}
		}
	}

	@Override
	public LoadableResource getResource(String name) {
		return resources.stream().filter(r -> r.getFilename().equals(name) || r.getRelativePath().equals(name))
				.findFirst().orElse(null);
	}

	@Override
	public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
		List<LoadableResource> matching = new ArrayList<>();
		for (LoadableResource resource : resources) {
			String name = resource.getFilename();
			if (!name.startsWith(prefix)) {
				continue;
			}
			for (String suffix : suffixes) {
				if (name.endsWith(suffix)) {
					matching.add(resource);
					break;
				}
			}
		}
		return matching;
	}

	private static final class Script extends LoadableResource {
		private final String filename;
		private final URL url;

		Script(String filename, URL url) {
			this.filename = filename;
			this.url = url;
		}

		@Override
		public Reader read() {
			try {
				InputStream in = url.openStream();
				return new InputStreamReader(in, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read migration script " + filename, e);
			}
		}

		@Override
		public String getAbsolutePath() {
			return FOLDER + filename;
		}

		@Override
		public String getAbsolutePathOnDisk() {
			return url.toString();
		}

		@Override
		public String getFilename() {
			return filename;
		}

		@Override
		public String getRelativePath() {
			return filename;
		}
	}
}
